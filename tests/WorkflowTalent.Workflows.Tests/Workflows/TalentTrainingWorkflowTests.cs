using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Tests.Workflows;

/// <summary>
/// <c>workflows/talent-training.json</c> (R7.1–R10.1, R13.1, R14.1–R14.4, R16.1) run through its simulation scripts
/// on a virtual clock, with assertions on the journal, the outbox and the outputs.
/// </summary>
public sealed class TalentTrainingWorkflowTests
{
    private const string Id = "talent-training";
    private const string TraineeEmail = "liming@example.cn";
    private const string CountyEmail = "zzb@eshan.example.cn";
    private const string MunicipalEmail = "rcgzk@yxzzb.example.cn";
    private const string UnitEmail = "yzb@yxrmyy.example.cn";
    private const string OriginalUnitEmail = "yb@esrmyy.example.cn";
    private const string SummaryDue = "2027-01-30T00:00:00+08:00";

    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-09-01T09:00:00+08:00", CultureInfo.InvariantCulture);
    private static readonly PlanWorkflow Workflow = new(Id, Start);

    private static readonly string[] Rules = ["R7.1", "R8.1", "R9.1", "R10.1", "R13.1", "R14.1", "R14.2", "R14.3", "R14.4", "R16.1"];

    public static TheoryData<string> Scripts => PlanWorkflow.ScriptsOf(Id);

    [Fact]
    public void R14_1_Definition_Validates_WithoutErrorsOrWarnings()
    {
        var result = Workflow.Validate();

        Assert.NotNull(result.Definition);
        Assert.Empty(result.Problems);
        Assert.Equal(Id, result.Definition.DefinitionId);
        Assert.All(Rules, rule => Assert.Contains(rule, result.Definition.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void R14_1_Definition_CitesItsRules_OnEveryEnforcingActivity() => Assert.Empty(Workflow.UncitedActivities(Rules));

    [Fact]
    public void R14_1_ScriptFolder_HoldsTheMainPaths() => Assert.True(Scripts.Count >= 4, $"found {Scripts.Count} scripts");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void R14_1_Script_Succeeds(string script) => Workflow.Simulate(script).AssertSucceeded();

    [Fact]
    public void R8_1_ReceivingUnitSetsGoalsPlanAndRotation_AndTheOriginalUnitIsToldNotToAssignWork_R7_1()
    {
        var run = Workflow.Simulate("excellent-with-follow-up.jsonl");
        run.AssertSucceeded();

        var plan = run.Single(JournalEvents.TaskCreated, "trainingPlan");
        Assert.Equal(("ReceivingUnit", "玉溪市人民医院"), (plan.Role, plan.Scope));
        Assert.Equal(["goals", "plan", "rotation"], run.TaskForm("trainingPlan").Select(f => (string?)f!["name"]));
        var told = run.Mails[0];
        Assert.Equal([TraineeEmail], told.To);
        Assert.Equal([OriginalUnitEmail], told.Cc);
        Assert.Contains("轮岗安排：心内科病房3个月、门诊2个月、导管室1个月", told.Body, StringComparison.Ordinal);
        Assert.Contains("峨山县人民医院不得安排其他工作（R7.1）", told.Body, StringComparison.Ordinal);
        Assert.Contains("请于2027年1月30日前提交", told.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void R9_1_TraineeIsToldToStudyUnderTheMentor_AndTakePartInResearch()
    {
        var told = Workflow.Simulate("pass-after-reminders.jsonl").Mails[0];

        Assert.Contains("请在导师（王建华）指导下学习本专业理论和前沿技术，参与科研工作（R9.1）", told.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void R10_1_TheReceivingUnitManages_EveryTaskButTheSummaryAndTheFollowUpPlanIsItsOwn()
    {
        var run = Workflow.Simulate("excellent-with-follow-up.jsonl");

        var tasks = run.Journal.Where(e => e.Event == JournalEvents.TaskCreated).ToList();
        Assert.Equal(6, tasks.Count);
        Assert.All(tasks.Where(t => t.Activity is not ("summaryTask" or "followUpPlan")), t => Assert.Equal(("ReceivingUnit", "玉溪市人民医院"), (t.Role, t.Scope)));
    }

    [Fact]
    public void R14_1_SummaryIsATraineeTask_Due30DaysBeforeTheEnd()
    {
        var run = Workflow.Simulate("excellent-with-follow-up.jsonl");

        var summary = run.Single(JournalEvents.TaskCreated, "summaryTask");
        Assert.Equal(("Trainee", "liming"), (summary.Role, summary.Scope));
        Assert.Equal(SummaryDue, summary.Due);
        Assert.Contains(run.TaskForm("summaryTask"), f => (string?)f!["name"] == "registrationForm" && (bool)f["required"]!);
        // Submitted before the reminders were due: none is sent.
        Assert.DoesNotContain(run.Journal, e => e.Activity is "firstReminder" or "lastReminder");
    }

    [Fact]
    public void R14_1_Reminders_7And1DaysBeforeTheSummaryIsDue()
    {
        var run = Workflow.Simulate("pass-after-reminders.jsonl");
        run.AssertSucceeded();

        var reminders = run.Journal.Where(e => e.Activity is "firstReminder" or "lastReminder" && e.Event == JournalEvents.EmailQueued).ToList();
        Assert.Equal(["2027-01-23T00:00:00+08:00", "2027-01-29T00:00:00+08:00"], reminders.Select(r => r.Time));
        Assert.All(reminders, r => Assert.Equal(TraineeEmail, r.To));
        Assert.Contains(run.Mails, m => m.Body.Contains("（还有7天）", StringComparison.Ordinal));
        Assert.Contains(run.Mails, m => m.Body.Contains("（还有1天）", StringComparison.Ordinal));
    }

    [Fact]
    public void R14_1_SummaryOverdue_RemindsTraineeWithCopyToTheUnit_TaskStaysOpen()
    {
        var run = Workflow.Simulate("summary-overdue.jsonl");
        run.AssertSucceeded();

        Assert.Equal(SummaryDue, run.Single(JournalEvents.TaskOverdue, "summaryTask").Time);
        var overdue = Assert.Single(run.Mails, m => m.Subject.Contains("研修总结逾期", StringComparison.Ordinal));
        Assert.Equal([UnitEmail], overdue.Cc);
        Assert.True(run.IndexOf(run.Single(JournalEvents.TaskCompleted, "summaryTask")) > run.IndexOf(run.Single(JournalEvents.TaskOverdue, "summaryTask")));
    }

    [Fact]
    public void R14_1_ReturnedSummary_GoesBackToTheTrainee_AndRemindersResume()
    {
        var run = Workflow.Simulate("summary-returned-then-fail.jsonl");
        run.AssertSucceeded();

        Assert.Equal(2, run.Journal.Count(e => e.Event == JournalEvents.TaskCreated && e.Activity == "summaryTask"));
        Assert.Contains("审核意见：请补充科研参与情况", run.Mails.Single(m => m.Subject.Contains("退回修改", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
        Assert.Single(run.Journal, e => e.Activity == "firstReminder" && e.Event == JournalEvents.EmailQueued);
    }

    [Theory]
    [InlineData("excellent-with-follow-up.jsonl", "优秀")]
    [InlineData("pass-after-reminders.jsonl", "合格")]
    [InlineData("summary-overdue.jsonl", "基本合格")]
    [InlineData("summary-returned-then-fail.jsonl", "不合格")]
    public void R14_2_FourCopies_OnePerParty_WithTheGrade_R14_3(string script, string grade)
    {
        var run = Workflow.Simulate(script);

        var copies = run.Mails.Where(m => m.Subject.Contains("考核登记表", StringComparison.Ordinal)).ToList();
        Assert.Equal([OriginalUnitEmail, UnitEmail, CountyEmail, MunicipalEmail], copies.Select(m => m.To.Single()));
        Assert.All(copies, m => Assert.Contains($"考核等次：{grade}；", m.Body, StringComparison.Ordinal));
        Assert.Equal(["优秀", "合格", "基本合格", "不合格"], run.TaskForm("gradeTask")[0]!["options"]!.AsArray().Select(o => (string?)o));
        Assert.Equal(grade, (string?)run.Output("assessment")!["grade"]);
    }

    [Fact]
    public void R14_4_Excellent_AsksTheCountyForAFollowUpPlan()
    {
        var run = Workflow.Simulate("excellent-with-follow-up.jsonl");

        var task = run.Single(JournalEvents.TaskCreated, "followUpPlan");
        Assert.Equal(("CountyOrganization", "峨山彝族自治县"), (task.Role, task.Scope));
        Assert.True(run.IndexOf(task) > run.IndexOf(Assert.Single(run.Journal, e => e.Activity == "copyMunicipal" && e.Event == JournalEvents.EmailQueued)));
        Assert.Equal("安排其担任县医院心内科学科带头人后备人选，每年复训一次", (string?)run.Output("assessment")!["followUpPlan"]);
        Assert.Contains("已为您制定跟踪培养计划", run.Mails[^1].Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pass-after-reminders.jsonl")]
    [InlineData("summary-overdue.jsonl")]
    [InlineData("summary-returned-then-fail.jsonl")]
    public void R14_4_NotExcellent_NeedsNoFollowUpPlan(string script)
    {
        var run = Workflow.Simulate(script);

        Assert.DoesNotContain(run.Journal, e => e.Activity == "followUpPlan");
        Assert.Null(run.Output("assessment")!["followUpPlan"]);
    }

    [Fact]
    public void R16_1_AtTheEndOfTheSixMonths_ResearchIsRecorded_R13_1_AndTheTraineeReturns()
    {
        var run = Workflow.Simulate("excellent-with-follow-up.jsonl");

        var research = run.Single(JournalEvents.TaskCreated, "recordResearch");
        Assert.Equal("2027-03-01T00:00:00+08:00", run.Single(JournalEvents.TimerFired, "waitTrainingEnd").Time);
        Assert.True(run.IndexOf(research) > run.IndexOf(run.Single(JournalEvents.TimerFired, "waitTrainingEnd")));
        Assert.Equal("发表论文1篇；参与市级课题1项", (string?)run.Output("assessment")!["researchResults"]);
        var back = run.Mails[^1];
        Assert.Equal([TraineeEmail], back.To);
        Assert.Equal([OriginalUnitEmail, CountyEmail], back.Cc);
        Assert.Contains("请回峨山县人民医院工作", back.Body, StringComparison.Ordinal);
        Assert.Contains("研修成果：发表论文1篇", back.Body, StringComparison.Ordinal);
        Assert.Equal(WorkflowStatus.Finished, run.Instance.Status);
        Assert.Empty(run.Instance.Bookmarks);
    }

    [Fact]
    public void R14_3_Assessment_IsAnOutput()
    {
        var assessment = Assert.IsType<JsonObject>(Workflow.Simulate("pass-after-reminders.jsonl").Output("assessment"));

        Assert.Equal("学习认真，临床能力提升明显", (string?)assessment["appraisal"]);
        Assert.Equal("论文署名按贡献排序", (string?)assessment["intellectualProperty"]);
        Assert.Equal("2027-01-29T12:00:00+08:00", (string?)assessment["summaryApprovedAt"]);
    }
}
