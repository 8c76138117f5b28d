using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Tests.Workflows;

/// <summary>
/// <c>workflows/talent-report-in.json</c> (R6.5, R10.2) run through its simulation scripts on a virtual clock, with
/// assertions on the journal, the outbox and the outputs.
/// </summary>
public sealed class TalentReportInWorkflowTests
{
    private const string Id = "talent-report-in";
    private const string TraineeEmail = "liming@example.cn";
    private const string CountyEmail = "zzb@eshan.example.cn";
    private const string MunicipalEmail = "rcgzk@yxzzb.example.cn";
    private const string UnitEmail = "yzb@yxrmyy.example.cn";
    private const string Deadline = "2026-08-31T00:00:00+08:00";

    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-08-03T09:00:00+08:00", CultureInfo.InvariantCulture);
    private static readonly PlanWorkflow Workflow = new(Id, Start);

    public static TheoryData<string> Scripts => PlanWorkflow.ScriptsOf(Id);

    [Fact]
    public void R6_5_Definition_Validates_WithoutErrorsOrWarnings()
    {
        var result = Workflow.Validate();

        Assert.NotNull(result.Definition);
        Assert.Empty(result.Problems);
        Assert.Equal(Id, result.Definition.DefinitionId);
        Assert.Contains("R6.5", result.Definition.Description, StringComparison.Ordinal);
        Assert.Contains("R10.2", result.Definition.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void R6_5_Definition_CitesItsRules_OnEveryEnforcingActivity() => Assert.Empty(Workflow.UncitedActivities("R6.5", "R10.2"));

    [Fact]
    public void R6_5_ScriptFolder_HoldsTheMainPaths() => Assert.True(Scripts.Count >= 6, $"found {Scripts.Count} scripts");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void R6_5_Script_Succeeds(string script) => Workflow.Simulate(script).AssertSucceeded();

    [Fact]
    public void R6_5_MobilisationFirst_ThenTheReceivingUnitSetsTheTime_AndTheTraineeIsToldAndReminded()
    {
        var run = Workflow.Simulate("reported-in-party-member.jsonl");
        run.AssertSucceeded();

        var tasks = run.Journal.Where(e => e.Event == JournalEvents.TaskCreated).Select(e => (e.Activity, e.Role, e.Scope)).ToList();
        Assert.Equal(
        [
            ("mobilisation", "CountyOrganization", "峨山彝族自治县"),
            ("setReportIn", "ReceivingUnit", "玉溪市人民医院"),
            ("confirmArrival", "ReceivingUnit", "玉溪市人民医院"),
        ], tasks);
        Assert.Equal(Deadline, run.Single(JournalEvents.TaskCreated, "confirmArrival").Due);

        var toTrainee = run.Journal.Where(e => e.Event == JournalEvents.EmailQueued && e.To == TraineeEmail).Select(e => e.Time).ToList();
        Assert.Equal(["2026-08-05T09:00:00+08:00", "2026-08-17T09:00:00+08:00", "2026-08-23T09:00:00+08:00"], toTrainee);
        var notice = run.Mails[0];
        Assert.Equal([UnitEmail], notice.Cc);
        Assert.Contains("报到地点：玉溪市人民医院行政楼3楼科教科", notice.Body, StringComparison.Ordinal);
        Assert.Contains("党员组织关系介绍信交接收单位（R10.2）", notice.Body, StringComparison.Ordinal);
        Assert.Contains("距报到还有7天", run.Mails[1].Body, StringComparison.Ordinal);
        Assert.Contains("距报到还有1天", run.Mails[2].Body, StringComparison.Ordinal);
        Assert.Equal(3, run.Mails.Count);
    }

    [Fact]
    public void R6_5_ReportInSoon_SkipsTheReminderWhoseTimeHasPassed_KeepsTheOneDayReminder()
    {
        var run = Workflow.Simulate("report-in-soon-skips-the-7-day-reminder.jsonl");

        run.AssertSucceeded();
        Assert.DoesNotContain(run.Journal, e => e.Activity == "firstReminder");
        var last = Assert.Single(run.Journal, e => e.Activity == "lastReminder" && e.Event == JournalEvents.EmailQueued);
        Assert.Equal("2026-08-07T09:00:00+08:00", last.Time);
    }

    [Fact]
    public void R6_5_ReportedIn_OutputsTheRecord()
    {
        var run = Workflow.Simulate("reported-in-party-member.jsonl");

        Assert.Equal("ReportedIn", (string?)run.Output("outcome"));
        var record = Assert.IsType<JsonObject>(run.Output("reportIn"));
        Assert.Equal("2026-08-24", (string?)record["arrivedAt"]);
        Assert.Equal("2026-08-05", (string?)record["mobilisationMeeting"]);
        Assert.True((bool?)record["partyLetterReceived"]);
        Assert.False((bool?)record["lateArrivalAllowed"]);
    }

    [Fact]
    public void R10_2_PartyLetterField_IsRequiredOnlyForAPartyMember()
    {
        var member = Workflow.Simulate("reported-in-party-member.jsonl");
        var nonMember = Workflow.Simulate("reported-in-not-party-member.jsonl");

        Assert.True(PartyLetterField(member)["required"]!.GetValue<bool>());
        Assert.False(PartyLetterField(nonMember)["required"]!.GetValue<bool>());
        Assert.DoesNotContain("介绍信", nonMember.Mails[0].Body, StringComparison.Ordinal);
        Assert.All(nonMember.Mails.Concat(member.Mails), m => Assert.DoesNotContain("\n\n", m.Body, StringComparison.Ordinal));
        Assert.Equal("ReportedIn", (string?)nonMember.Output("outcome"));
    }

    [Fact]
    public void R10_2_PartyMemberWithoutTheLetter_IsAskedForIt_AndReportInWaitsForIt()
    {
        var run = Workflow.Simulate("party-letter-missing-then-received.jsonl");

        run.AssertSucceeded();
        var ask = Assert.Single(run.Mails, m => m.Subject.Contains("请补交党员组织关系介绍信", StringComparison.Ordinal));
        Assert.Equal([TraineeEmail], ask.To);
        Assert.Equal([UnitEmail, CountyEmail], ask.Cc);
        Assert.True(run.IndexOf(run.Single(JournalEvents.TaskCompleted, "confirmPartyLetter")) < run.IndexOf(run.Single(JournalEvents.Completed, "outputReportedIn")));
        Assert.True((bool?)run.Output("reportIn")!["partyLetterReceived"]);
    }

    [Fact]
    public void R6_5_ReportInTimeAfterTheDeadline_GoesBackToTheReceivingUnit()
    {
        var run = Workflow.Simulate("report-in-time-after-deadline-returns.jsonl");

        run.AssertSucceeded();
        var returned = run.MailTo(UnitEmail);
        Assert.Contains("晚于报到截止时间", returned.Body, StringComparison.Ordinal);
        Assert.Equal(2, run.Journal.Count(e => e.Event == JournalEvents.TaskCreated && e.Activity == "setReportIn"));
        Assert.Single(run.Journal, e => e.Event == JournalEvents.EmailQueued && e.To == TraineeEmail);
    }

    [Fact]
    public void R6_5_NotConfirmedByTheDeadline_AlertsCountyAndMunicipal_AndTheCountyDecides()
    {
        var run = Workflow.Simulate("not-reported-late-arrival-allowed.jsonl");
        run.AssertSucceeded();

        Assert.Equal(Deadline, run.Single(JournalEvents.TaskOverdue, "confirmArrival").Time);
        var alert = Assert.Single(run.Mails, m => m.To.SequenceEqual([CountyEmail, MunicipalEmail]));
        Assert.StartsWith(PlanWorkflow.Subject + "未按时报到：李明", alert.Subject, StringComparison.Ordinal);
        var decide = run.Single(JournalEvents.TaskCreated, "decideLate");
        Assert.Equal(("CountyOrganization", "峨山彝族自治县"), (decide.Role, decide.Scope));
        Assert.Contains("请于2026-09-07前报到", run.Mails.Single(m => m.Subject.Contains("延期报到通知", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
        Assert.Equal("ReportedIn", (string?)run.Output("outcome"));
        Assert.True((bool?)run.Output("reportIn")!["lateArrivalAllowed"]);
    }

    [Fact]
    public void R6_5_CountyWithdraws_TellsEveryone_AndCancelsTheArrivalTask()
    {
        var run = Workflow.Simulate("not-reported-withdrawn.jsonl");

        run.AssertSucceeded();
        Assert.Equal("Withdrawn", (string?)run.Output("outcome"));
        Assert.Null(run.Output("reportIn"));
        Assert.Contains("finishWithdrawn", run.Single(JournalEvents.TaskCancelled, "confirmArrival").Reason, StringComparison.Ordinal);
        var told = Assert.Single(run.Mails, m => m.Subject.Contains("取消研修资格通知", StringComparison.Ordinal));
        Assert.Equal([TraineeEmail], told.To);
        Assert.Equal([UnitEmail, MunicipalEmail], told.Cc);
        Assert.Contains("原因：本人放弃研修", told.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void R6_5_ArrivalConfirmedWhileTheCountyDecides_CancelsTheCountyTask()
    {
        var run = Workflow.Simulate("arrival-confirmed-while-county-decides.jsonl");

        run.AssertSucceeded();
        run.Single(JournalEvents.TaskCancelled, "decideLate");
        Assert.Equal("ReportedIn", (string?)run.Output("outcome"));
    }

    private static JsonObject PartyLetterField(PlanWorkflow.Run run)
    {
        var form = run.TaskForm("confirmArrival");
        return Assert.IsType<JsonObject>(Assert.Single(form, f => (string?)f!["name"] == "partyLetterReceived"));
    }
}
