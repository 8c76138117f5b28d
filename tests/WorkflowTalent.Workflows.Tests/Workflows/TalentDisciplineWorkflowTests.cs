using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Workflows.Tests.Workflows;

/// <summary>
/// <c>workflows/talent-discipline.json</c> (R15.2) run through its simulation scripts on a virtual clock, with
/// assertions on the journal, the outbox and the <c>cancelled</c> output the quota allocation reads.
/// </summary>
public sealed class TalentDisciplineWorkflowTests
{
    private const string Id = "talent-discipline";
    private const string TraineeEmail = "liming@example.cn";
    private const string CountyEmail = "zzb@eshan.example.cn";
    private const string MunicipalEmail = "rcgzk@yxzzb.example.cn";
    private const string UnitEmail = "yzb@yxrmyy.example.cn";
    private const string OriginalUnitEmail = "yb@esrmyy.example.cn";
    private const string DepartmentEmail = "rck@yxwjw.example.cn";

    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-10-20T09:00:00+08:00", CultureInfo.InvariantCulture);
    private static readonly PlanWorkflow Workflow = new(Id, Start);

    public static TheoryData<string> Scripts => PlanWorkflow.ScriptsOf(Id);

    [Fact]
    public void R15_2_Definition_Validates_WithoutErrorsOrWarnings()
    {
        var result = Workflow.Validate();

        Assert.NotNull(result.Definition);
        Assert.Empty(result.Problems);
        Assert.Equal(Id, result.Definition.DefinitionId);
        Assert.Contains("R15.2", result.Definition.Description, StringComparison.Ordinal);
        Assert.Contains("cancelled", result.Definition.Outputs);
    }

    [Fact]
    public void R15_2_Definition_CitesItsRule_OnEveryEnforcingActivity() => Assert.Empty(Workflow.UncitedActivities("R15.2"));

    [Fact]
    public void R15_2_ScriptFolder_HoldsTheMainPaths() => Assert.True(Scripts.Count >= 4, $"found {Scripts.Count} scripts");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void R15_2_Script_Succeeds(string script) => Workflow.Simulate(script).AssertSucceeded();

    [Fact]
    public void R15_2_WithConsent_CancelsThePlace_AndNotifiesTheCountyOfTheQuotaCut()
    {
        var run = Workflow.Simulate("cancelled-with-consent.jsonl");
        run.AssertSucceeded();

        var propose = run.Single(JournalEvents.TaskCreated, "propose");
        Assert.Equal(("ReceivingUnit", "玉溪市人民医院"), (propose.Role, propose.Scope));
        var consent = run.Single(JournalEvents.TaskCreated, "consentTask");
        Assert.Equal(("CompetentDepartment", "市卫生健康委"), (consent.Role, consent.Scope));

        Assert.True((bool?)run.Output("cancelled"));
        var record = Assert.IsType<JsonObject>(run.Output("cancellation"));
        Assert.Equal("峨山彝族自治县", (string?)record["county"]);
        Assert.Equal("10月以来无故缺勤累计12天，经谈话教育仍不改正", (string?)record["reason"]);
        Assert.Equal("yxrmyy.yzb.chen", (string?)record["proposedBy"]);

        var county = run.MailTo(CountyEmail);
        Assert.Equal([MunicipalEmail], county.Cc);
        Assert.Contains("下一年度的研修人员名额相应减少", county.Body, StringComparison.Ordinal);
        Assert.Contains("事由：10月以来无故缺勤", county.Body, StringComparison.Ordinal);
        var trainee = run.MailTo(TraineeEmail);
        Assert.Equal([OriginalUnitEmail, UnitEmail], trainee.Cc);
        Assert.Equal(2, run.Mails.Count);
    }

    [Fact]
    public void R15_2_WithoutConsent_ThePlaceStays_AndTheUnitIsTold()
    {
        var run = Workflow.Simulate("department-refuses.jsonl");

        run.AssertSucceeded();
        Assert.False((bool?)run.Output("cancelled"));
        Assert.Null(run.Output("cancellation"));
        var told = Assert.Single(run.Mails);
        Assert.Equal([UnitEmail], told.To);
        Assert.Contains("未获市卫生健康委同意", told.Body, StringComparison.Ordinal);
        Assert.Contains("审核意见：请先加强教育管理", told.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void R15_2_WithdrawnProposal_CancelsNothing_AndTellsNobody()
    {
        var run = Workflow.Simulate("unit-withdraws.jsonl");

        run.AssertSucceeded();
        Assert.False((bool?)run.Output("cancelled"));
        Assert.Empty(run.Mails);
        Assert.DoesNotContain(run.Journal, e => e.Activity == "consentTask");
    }

    [Fact]
    public void R15_2_DepartmentOverdue_IsReminded_WithACopyToTheMunicipalDepartment()
    {
        var run = Workflow.Simulate("department-overdue.jsonl");

        run.AssertSucceeded();
        Assert.Equal(ShanghaiTime.Format(Start.AddDays(3)), run.Single(JournalEvents.TaskOverdue, "consentTask").Time);
        var reminder = run.MailTo(DepartmentEmail);
        Assert.Equal([MunicipalEmail], reminder.Cc);
        Assert.True((bool?)run.Output("cancelled"));
    }
}
