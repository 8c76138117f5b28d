using System.Globalization;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Workflows.Tests.Workflows;

/// <summary>
/// <c>workflows/talent-selection.json</c> (R6.1–R6.4, R5.1, R4.1) run through its simulation scripts on a virtual
/// clock, with assertions on the journal, the outbox and the outputs.
/// </summary>
public sealed class TalentSelectionWorkflowTests
{
    private const string Id = "talent-selection";
    private const string TraineeEmail = "liming@example.cn";
    private const string CountyEmail = "zzb@eshan.example.cn";
    private const string MunicipalEmail = "rcgzk@yxzzb.example.cn";
    private const string OriginalUnitEmail = "yb@esrmyy.example.cn";
    private const string DepartmentEmail = "rck@yxwjw.example.cn";
    private const string AdjustedUnitEmail = "rsk@yxzyy.example.cn";

    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-05-11T09:00:00+08:00", CultureInfo.InvariantCulture);
    private static readonly PlanWorkflow Workflow = new(Id, Start);

    public static TheoryData<string> Scripts => PlanWorkflow.ScriptsOf(Id);

    [Fact]
    public void R6_1_Definition_Validates_WithoutErrorsOrWarnings()
    {
        var result = Workflow.Validate();

        Assert.NotNull(result.Definition);
        Assert.Empty(result.Problems);
        Assert.Equal(Id, result.Definition.DefinitionId);
        foreach (var rule in new[] { "R6.1", "R6.2", "R6.3", "R6.4", "R5.1", "R4.1" })
            Assert.Contains(rule, result.Definition.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void R6_1_Definition_CitesItsRules_OnEveryEnforcingActivity() =>
        Assert.Empty(Workflow.UncitedActivities("R6.1", "R6.2", "R6.3", "R6.4", "R5.1", "R4.1", "R11.1", "R12.1"));

    [Fact]
    public void R6_1_ScriptFolder_HoldsTheMainPaths() => Assert.True(Scripts.Count >= 8, $"found {Scripts.Count} scripts");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void R6_1_Script_Succeeds(string script) => Workflow.Simulate(script).AssertSucceeded();

    [Fact]
    public void R6_4_Selected_GoesThroughEveryPartyInOrder_AndNotifiesTraineeCountyAndReceivingUnit()
    {
        var run = Workflow.Simulate("selected-with-adjustment.jsonl");
        run.AssertSucceeded();

        var tasks = run.Journal.Where(e => e.Event == JournalEvents.TaskCreated).Select(e => (e.Activity, e.Role, e.Scope)).ToList();
        Assert.Equal(
        [
            ("recommend", "OriginalUnit", "峨山县人民医院"),
            ("countyReview", "CountyOrganization", "峨山彝族自治县"),
            ("municipalReview", "MunicipalOrganization", null),
            ("placement", "CompetentDepartment", "市卫生健康委"),
            ("finalApproval", "MunicipalOrganization", null),
        ], tasks);

        Assert.Equal(["trainee", "county", "unit"], run.Mails.Select(m => m.To.Single() switch
        {
            TraineeEmail => "trainee",
            CountyEmail => "county",
            AdjustedUnitEmail => "unit",
            var other => other,
        }));
        var county = run.MailTo(CountyEmail);
        Assert.Equal([OriginalUnitEmail], county.Cc);
        Assert.Equal([DepartmentEmail], run.MailTo(AdjustedUnitEmail).Cc);
        Assert.Contains("接收单位：玉溪市中医医院；科室：心血管内科；导师：王建华；研修课题：基层高血压规范化管理", run.MailTo(TraineeEmail).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void R4_1_DispatchingUnit_IsTheCountyOrganisationDepartment_AndTheOriginalUnitIsTheEmployer()
    {
        var run = Workflow.Simulate("selected-as-requested.jsonl");

        var county = run.Single(JournalEvents.TaskCreated, "countyReview");
        Assert.Equal(("CountyOrganization", "峨山彝族自治县"), (county.Role, county.Scope));
        var unit = run.Single(JournalEvents.TaskCreated, "recommend");
        Assert.Equal(("OriginalUnit", "峨山县人民医院"), (unit.Role, unit.Scope));
        Assert.Equal("峨山彝族自治县", (string?)run.Output("placement")!["county"]);
        Assert.Equal("峨山县人民医院", (string?)run.Output("placement")!["originalUnit"]);
        Assert.Equal(["conduct", "backbone", "potential", "health", "comment"], run.TaskForm("recommend").Select(f => (string?)f!["name"]));
    }

    [Fact]
    public void R12_1_R11_1_Notices_CarryTheBenefitsStatement()
    {
        var run = Workflow.Simulate("selected-with-adjustment.jsonl");

        Assert.Equal(3, run.Mails.Count);
        Assert.All(run.Mails, m =>
        {
            Assert.Contains("乡镇工作补贴每月500元）由原工作单位照发", m.Body, StringComparison.Ordinal);
            Assert.Contains("按每人1万元拨付接收单位", m.Body, StringComparison.Ordinal);
            Assert.Contains("研修人员不得领取（R11.1）", m.Body, StringComparison.Ordinal);
            Assert.Contains("the trainee may not claim it", m.Body, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void R6_2_MunicipalAdjustment_ChangesTheReceivingUnit_AndIsAnOutput()
    {
        var run = Workflow.Simulate("selected-with-adjustment.jsonl");

        var placement = Assert.IsType<System.Text.Json.Nodes.JsonObject>(run.Output("placement"));
        Assert.Equal("玉溪市中医医院", (string?)placement["receivingUnit"]);
        Assert.Equal("玉溪市人民医院", (string?)placement["requestedReceivingUnit"]);
        Assert.True((bool?)placement["adjusted"]);
        Assert.Equal("心血管内科", (string?)placement["unitDepartment"]);
        Assert.Equal("王建华", (string?)placement["mentor"]);
        Assert.Equal("基层高血压规范化管理", (string?)placement["researchTopic"]);
        Assert.True((bool?)run.Output("selected"));
        var placementTask = run.Single(JournalEvents.TaskCreated, "placement");
        Assert.Equal("安排 李明 的接收单位、科室和研修课题", placementTask.Title);
    }

    [Fact]
    public void R6_2_WithoutAdjustment_TheRequestedUnitStands()
    {
        var run = Workflow.Simulate("selected-as-requested.jsonl");

        run.AssertSucceeded();
        Assert.False((bool?)run.Output("placement")!["adjusted"]);
        Assert.Equal("玉溪市人民医院", (string?)run.Output("placement")!["receivingUnit"]);
    }

    [Fact]
    public void R5_1_RecommendationWithoutEveryAttestation_GoesBackToTheOriginalUnit()
    {
        var run = Workflow.Simulate("recommendation-without-attestation-returns.jsonl");

        run.AssertSucceeded();
        Assert.Equal(2, run.Journal.Count(e => e.Event == JournalEvents.TaskCreated && e.Activity == "recommend"));
        var returned = run.MailTo(OriginalUnitEmail);
        Assert.StartsWith(PlanWorkflow.Subject + "推荐退回", returned.Subject, StringComparison.Ordinal);
        Assert.Contains("身体健康", returned.Body, StringComparison.Ordinal);
        Assert.Single(run.Journal, e => e.Event == JournalEvents.TaskCreated && e.Activity == "countyReview");
    }

    [Theory]
    [InlineData("original-unit-declines.jsonl", "峨山县人民医院", "本单位业务骨干紧缺，暂不推荐", 1)]
    [InlineData("county-declines.jsonl", "峨山彝族自治县委组织部", "本县区名额已用于乡镇卫生院人员", 2)]
    [InlineData("municipal-review-declines.jsonl", "市委组织部", "资格不符", 3)]
    [InlineData("placement-declines.jsonl", "市卫生健康委", "相关科室本年度无法接收", 4)]
    [InlineData("final-approval-declines.jsonl", "市委组织部", "不列入本年度名单", 5)]
    public void R6_4_AnyDecline_TellsTheTrainee_AndEndsUnselected(string script, string decliner, string comment, int tasks)
    {
        var run = Workflow.Simulate(script);

        run.AssertSucceeded();
        Assert.Equal(WorkflowStatus.Finished, run.Instance.Status);
        Assert.Equal(tasks, run.Journal.Count(e => e.Event == JournalEvents.TaskCreated));
        var told = Assert.Single(run.Mails);
        Assert.Equal([TraineeEmail], told.To);
        Assert.Equal([CountyEmail], told.Cc);
        Assert.Equal(PlanWorkflow.Subject + "推荐选拔结果：李明", told.Subject);
        Assert.Contains($"未获{decliner}同意", told.Body, StringComparison.Ordinal);
        Assert.Contains("意见：" + comment, told.Body, StringComparison.Ordinal);
        Assert.False((bool?)run.Output("selected"));
        Assert.Null(run.Output("placement"));
    }

    [Fact]
    public void R6_1_OverdueApprovers_AreReminded_WithACopyToTheMunicipalDepartment_TaskStaysOpen()
    {
        var run = Workflow.Simulate("approvers-overdue.jsonl");
        run.AssertSucceeded();

        var overdue = run.Single(JournalEvents.TaskOverdue, "recommend");
        Assert.Equal(ShanghaiTime.Format(Start.AddDays(3)), overdue.Time);
        Assert.Equal(5, run.Journal.Count(e => e.Event == JournalEvents.TaskOverdue));
        var reminder = Assert.Single(run.Mails, m => m.To.SequenceEqual([OriginalUnitEmail]));
        Assert.Equal([MunicipalEmail], reminder.Cc);
        Assert.Contains("已超过推荐时限（P3D）", reminder.Body, StringComparison.Ordinal);
        Assert.Equal([CountyEmail], run.Mails.Single(m => m.Subject.Contains("推荐审核提醒", StringComparison.Ordinal)).To);
        Assert.Equal([DepartmentEmail], run.Mails.Single(m => m.Subject.Contains("研修安排提醒", StringComparison.Ordinal)).To);
        Assert.Equal(2, run.Mails.Count(m => m.To.SequenceEqual([MunicipalEmail])));
        Assert.DoesNotContain(run.Journal, e => e.Event == JournalEvents.TaskCancelled);
        Assert.Equal(WorkflowStatus.Finished, run.Instance.Status);
    }
}
