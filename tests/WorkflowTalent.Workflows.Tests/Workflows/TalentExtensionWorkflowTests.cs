using System.Globalization;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Workflows.Tests.Workflows;

/// <summary>
/// <c>workflows/talent-extension.json</c> (R16.2) run through its simulation scripts on a virtual clock, with
/// assertions on the journal, the outbox and the <c>joinsNextBatch</c> output.
/// </summary>
public sealed class TalentExtensionWorkflowTests
{
    private const string Id = "talent-extension";
    private const string TraineeEmail = "liming@example.cn";
    private const string CountyEmail = "zzb@eshan.example.cn";
    private const string MunicipalEmail = "rcgzk@yxzzb.example.cn";
    private const string UnitEmail = "yzb@yxrmyy.example.cn";
    private const string DepartmentEmail = "rck@yxwjw.example.cn";

    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2027-01-11T09:00:00+08:00", CultureInfo.InvariantCulture);
    private static readonly PlanWorkflow Workflow = new(Id, Start);

    public static TheoryData<string> Scripts => PlanWorkflow.ScriptsOf(Id);

    [Fact]
    public void R16_2_Definition_Validates_WithoutErrorsOrWarnings()
    {
        var result = Workflow.Validate();

        Assert.NotNull(result.Definition);
        Assert.Empty(result.Problems);
        Assert.Equal(Id, result.Definition.DefinitionId);
        Assert.Contains("R16.2", result.Definition.Description, StringComparison.Ordinal);
        Assert.Contains("joinsNextBatch", result.Definition.Outputs);
    }

    [Fact]
    public void R16_2_Definition_CitesItsRule_OnEveryEnforcingActivity() => Assert.Empty(Workflow.UncitedActivities("R16.2"));

    [Fact]
    public void R16_2_ScriptFolder_HoldsTheMainPaths() => Assert.True(Scripts.Count >= 4, $"found {Scripts.Count} scripts");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void R16_2_Script_Succeeds(string script) => Workflow.Simulate(script).AssertSucceeded();

    [Fact]
    public void R16_2_BothConsent_InParallel_ThenFiledWithTheCompetentDepartment_AndJoinsNextBatch()
    {
        var run = Workflow.Simulate("both-consent.jsonl");
        run.AssertSucceeded();

        var county = run.Single(JournalEvents.TaskCreated, "countyConsent");
        var unit = run.Single(JournalEvents.TaskCreated, "unitConsent");
        Assert.Equal(("CountyOrganization", "峨山彝族自治县"), (county.Role, county.Scope));
        Assert.Equal(("ReceivingUnit", "玉溪市人民医院"), (unit.Role, unit.Scope));
        Assert.Equal(county.Time, unit.Time);

        var filing = Assert.Single(run.Journal, e => e.Event == JournalEvents.EmailQueued && e.To == DepartmentEmail);
        Assert.True(run.IndexOf(filing) > run.IndexOf(run.Single(JournalEvents.TaskCompleted, "unitConsent")));
        Assert.True(run.IndexOf(filing) > run.IndexOf(run.Single(JournalEvents.TaskCompleted, "countyConsent")));
        var filed = run.MailTo(DepartmentEmail);
        Assert.Equal([MunicipalEmail], filed.Cc);
        Assert.Contains("编入下一批次研修，现报贵单位备案", filed.Body, StringComparison.Ordinal);
        Assert.Contains("课题实验周期未完成", filed.Body, StringComparison.Ordinal);

        Assert.True((bool?)run.Output("joinsNextBatch"));
        var told = run.MailTo(TraineeEmail);
        Assert.Equal([CountyEmail, UnitEmail], told.Cc);
        Assert.Equal(2, run.Mails.Count);
    }

    [Theory]
    [InlineData("county-refuses.jsonl", "unitConsent", "未获峨山彝族自治县委组织部（选派单位）同意", "县医院急需其返岗")]
    [InlineData("unit-refuses.jsonl", null, "未获玉溪市人民医院（接收单位）同意", "科室无法继续接收")]
    public void R16_2_EitherRefuses_TellsTheTrainee_FilesNothing_AndDoesNotJoinNextBatch(string script, string? cancelledTask, string refusal, string comment)
    {
        var run = Workflow.Simulate(script);

        run.AssertSucceeded();
        Assert.False((bool?)run.Output("joinsNextBatch"));
        var told = Assert.Single(run.Mails);
        Assert.Equal([TraineeEmail], told.To);
        Assert.Contains(refusal, told.Body, StringComparison.Ordinal);
        Assert.Contains("审批意见：" + comment, told.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Journal, e => e.Activity is "bothConsented" or "fileWithDepartment");
        if (cancelledTask is null)
            Assert.DoesNotContain(run.Journal, e => e.Event == JournalEvents.TaskCancelled);
        else
            run.Single(JournalEvents.TaskCancelled, cancelledTask);
    }

    [Fact]
    public void R16_2_OverdueApprovers_AreReminded_TasksStayOpen()
    {
        var run = Workflow.Simulate("approvers-overdue.jsonl");
        run.AssertSucceeded();

        var due = ShanghaiTime.Format(Start.AddDays(3));
        foreach (var (task, email) in new[] { ("countyConsent", CountyEmail), ("unitConsent", UnitEmail) })
        {
            Assert.Equal(due, run.Single(JournalEvents.TaskOverdue, task).Time);
            Assert.Equal([MunicipalEmail], Assert.Single(run.Mails, m => m.To.SequenceEqual([email]) && m.Subject.Contains("提醒", StringComparison.Ordinal)).Cc);
        }

        Assert.True((bool?)run.Output("joinsNextBatch"));
    }
}
