using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Tests.Workflows;

/// <summary>
/// <c>workflows/talent-year.json</c>: one trainee's year as child instances of selection, report-in and training
/// (R6.1–R6.5, R10.2, R3.3, R7.1, R14.1–R14.4, R13.1, R16.1), run through its scripts with <see cref="FamilyScript"/>,
/// since <c>wt simulate</c> completes tasks of the main instance only and the year's tasks all belong to its children.
/// </summary>
public sealed class TalentYearWorkflowTests
{
    private const string Id = "talent-year";
    private const string TraineeEmail = "liming@example.cn";
    private const string Correlation = "2026-eshan-liming";

    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-06-01T09:00:00+08:00", CultureInfo.InvariantCulture);
    private static readonly PlanWorkflow Workflow = new(Id, Start);
    private static readonly string[] Children = ["talent-selection", "talent-report-in", "talent-training"];

    private static readonly string[] Rules =
        ["R6.1", "R6.2", "R6.3", "R6.4", "R5.1", "R6.5", "R10.2", "R3.3", "R7.1", "R8.1", "R13.1", "R14.1", "R14.2", "R14.3", "R14.4", "R16.1"];

    public static TheoryData<string> Scripts => PlanWorkflow.ScriptsOf(Id);

    [Fact]
    public void R6_1_Definition_Validates_WithoutErrorsOrWarnings()
    {
        var result = Workflow.Validate();

        Assert.NotNull(result.Definition);
        Assert.Empty(result.Problems);
        Assert.Equal(Id, result.Definition.DefinitionId);
        Assert.All(Rules, rule => Assert.Contains(rule, result.Definition.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void R6_1_Definition_CitesItsRules_OnEveryActivity() => Assert.Empty(Workflow.UncitedActivities(Rules));

    [Fact]
    public void R6_1_Definition_RunsEachStageAsAChildItWaitsFor()
    {
        var started = Workflow.Load().Root.Activities.Where(a => a.Type == "Elsa.ExecuteWorkflow").Select(a => a.Input("workflowDefinitionId")?.Text);

        Assert.Equal(Children, started);
    }

    [Fact]
    public void R6_1_ScriptFolder_HoldsTheThreeEndings() => Assert.Equal(["not-selected.jsonl", "selected-graded-excellent.jsonl", "withdrawn-at-report-in.jsonl"], Scripts);

    [Theory]
    [MemberData(nameof(Scripts))]
    public void R6_1_Script_Succeeds(string script) => Run(script).AssertSucceeded();

    [Fact]
    public void R6_4_SelectedThroughGraded_RunsTheThreeChildrenInTurn_AndOutputsTheAssessment_R14_3()
    {
        var run = Run("selected-graded-excellent.jsonl");
        run.AssertSucceeded();

        Assert.Equal(Children, run.Children.Select(c => c.DefinitionId));
        Assert.All(run.Instances, i => Assert.Equal((WorkflowStatus.Finished, Correlation), (i.Status, i.CorrelationId)));
        Assert.All(run.Children, c => Assert.Equal(run.Parent.Id, c.ParentInstanceId));
        Assert.Equal("Trained", (string?)run.Output("outcome"));
        var assessment = Assert.IsType<JsonObject>(run.Output("assessment"));
        Assert.Equal("优秀", (string?)assessment["grade"]);
        Assert.Equal("发表论文1篇；参与市级课题1项", (string?)assessment["researchResults"]);
        Assert.Equal("安排其担任县医院心内科学科带头人后备人选，每年复训一次", (string?)assessment["followUpPlan"]);
        Assert.Equal("2027-03-01T09:00:00+08:00", run.Parent.Journal[^1].Time);
    }

    [Fact]
    public void R6_5_ReportIn_GetsTheReceivingUnitFromTheSelectionsPlacement_R6_3()
    {
        var run = Run("selected-graded-excellent.jsonl");

        var reportIn = run.Child("talent-report-in");
        Assert.Equal("玉溪市人民医院", (string?)reportIn.Variables["receivingUnit"]);
        Assert.Equal("rsk@yxrmyy.example.cn", (string?)reportIn.Variables["unitEmail"]);
        Assert.True((bool?)reportIn.Variables["partyMember"]);
        Assert.Equal("心血管内科", (string?)run.Output("placement")!["unitDepartment"]);
        Assert.Equal("2026-08-24", (string?)run.Output("reportIn")!["arrivedAt"]);
        // The arrival is confirmed by the unit the competent department placed the trainee in.
        var arrival = reportIn.Journal.Single(e => e.Event == JournalEvents.TaskCreated && e.Activity == "confirmArrival");
        Assert.Equal(("ReceivingUnit", "玉溪市人民医院"), (arrival.Role, arrival.Scope));
    }

    [Fact]
    public void R7_1_Training_RunsSixMonthsFromTheBatchStart_WhenTheTraineeArrivedBefore_R3_3()
    {
        var run = Run("selected-graded-excellent.jsonl");

        var training = run.Child("talent-training");
        Assert.Equal(("2026-09-01T00:00:00+08:00", "2027-03-01T00:00:00+08:00"),
            ((string?)training.Variables["trainingStart"], (string?)training.Variables["trainingEnd"]));
        Assert.Equal(("心血管内科", "王建华", "基层高血压规范化管理"),
            ((string?)training.Variables["unitDepartment"], (string?)training.Variables["mentor"], (string?)training.Variables["researchTopic"]));
        var end = training.Journal.Single(e => e.Event == JournalEvents.TimerFired && e.Activity == "waitTrainingEnd");
        Assert.Equal("2027-03-01T00:00:00+08:00", end.Time);
        // R14.1: the summary is due 30 days before the end the year computed.
        var plan = Assert.Single(run.Mails, m => m.InstanceId == training.Id && m.Subject.Contains("培养计划", StringComparison.Ordinal));
        Assert.Equal([TraineeEmail], plan.To);
        Assert.Contains("书面总结和考核登记表请于2027年1月30日前提交", plan.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void R6_4_NotSelected_EndsTheYearWithoutAReportIn()
    {
        var run = Run("not-selected.jsonl");
        run.AssertSucceeded();

        Assert.Equal(["talent-selection"], run.Children.Select(c => c.DefinitionId));
        Assert.Equal("NotSelected", (string?)run.Output("outcome"));
        Assert.Null(run.Output("assessment"));
        Assert.Equal(WorkflowStatus.Finished, run.Parent.Status);
        Assert.Single(run.Mails, m => m.To.SequenceEqual([TraineeEmail]) && m.Subject.Contains("推荐选拔结果", StringComparison.Ordinal));
    }

    [Fact]
    public void R6_5_WithdrawnAtReportIn_EndsTheYearWithoutTraining()
    {
        var run = Run("withdrawn-at-report-in.jsonl");
        run.AssertSucceeded();

        Assert.Equal(["talent-selection", "talent-report-in"], run.Children.Select(c => c.DefinitionId));
        Assert.Equal("Withdrawn", (string?)run.Output("outcome"));
        Assert.IsType<JsonObject>(run.Output("placement"));
        Assert.Null(run.Output("assessment"));
        Assert.DoesNotContain(run.Parent.Journal, e => e.Activity == "computeTrainingDates");
    }

    [Fact]
    public void R7_1_TraineeArrivingAfterTheBatchStart_TrainsSixMonthsFromTheArrival_R3_3()
    {
        var script = File.ReadAllText(Path.Combine(Workflow.ScriptDirectory, "selected-graded-excellent.jsonl"))
            .Replace("\"arrivedAt\": \"2026-08-24\"", "\"arrivedAt\": \"2026-09-07\"", StringComparison.Ordinal);

        // Only the dates are checked: the script's later lines keep the batch's end, which no longer applies.
        var run = Family().Run(script);

        var training = run.Child("talent-training");
        Assert.Equal(("2026-09-07T00:00:00+08:00", "2027-03-07T00:00:00+08:00"),
            ((string?)training.Variables["trainingStart"], (string?)training.Variables["trainingEnd"]));
    }

    private static FamilyRun Run(string script) => Family().Run(File.ReadAllText(Path.Combine(Workflow.ScriptDirectory, script)));

    private static FamilyScript Family() =>
        new(Workflow.Load(), [.. Children.Select(c => new PlanWorkflow(c, Start).Load())], Start);
}
