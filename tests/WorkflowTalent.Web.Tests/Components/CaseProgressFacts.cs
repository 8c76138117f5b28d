using WorkflowTalent.Web.Api;
using WorkflowTalent.Web.Components.Cases;

namespace WorkflowTalent.Web.Tests.Components;

public sealed class CaseProgressFacts
{
    private static readonly DateTimeOffset At = new(2026, 9, 14, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void From_KeepsAnOverdueTaskCurrent_R15_1_AfterItsOverduePortFired()
    {
        CaseJournalEntry[] journal =
        [
            Entry("start", "Completed"),
            Entry("county", "TaskCreated"),
            Entry("county", "TaskOverdue"),
            Entry("county", "Completed"),
            Entry("remindCounty", "EmailQueued"),
            Entry("remindCounty", "Completed"),
        ];

        var progress = CaseProgress.From(Case("Waiting", "county"), journal);

        Assert.Equal(["county"], progress.Current);
        Assert.Equal(["remindCounty", "start"], progress.Done.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void From_HasNoCurrentStep_WhenTheCaseFinished()
    {
        var progress = CaseProgress.From(Case("Finished"), [Entry("county", "TaskCreated"), Entry("county", "TaskCompleted"), Entry("county", "Completed"), Entry("end", "Completed")]);

        Assert.Empty(progress.Current);
        Assert.Equal(["county", "end"], progress.Done.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void From_MarksTheFaultedActivityCurrent_WhenTheCaseFaulted()
    {
        var progress = CaseProgress.From(Case("Faulted"), [Entry("checkDates", "Completed"), Entry("invalidDates", "Faulted")]);

        Assert.Equal(["invalidDates"], progress.Current);
    }

    private static CaseDetails Case(string status, params string[] openActivities) =>
        new("i1", "talent-leave", 1, status, null, null, "trainee.li", At, At, null, null,
            [.. openActivities.Select(a => new CaseOpenTask($"t-{a}", a, "审批", "CountyOrganization", "峨山彝族自治县", null, null, false, true))]);

    private static CaseJournalEntry Entry(string activity, string @event) =>
        new() { Time = At, Activity = activity, Type = "T", Event = @event };
}
