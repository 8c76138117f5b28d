using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Alterations;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Tests.Support;
using static WorkflowTalent.Workflows.Tests.Support.DefinitionBuilder;

namespace WorkflowTalent.Workflows.Tests.Migration;

/// <summary>Elsa 3's alterations of a waiting instance: each is journalled, then the instance runs to its next wait.</summary>
public sealed class AlterationTests
{
    private static WorkflowHarness StartDecision(int amount)
    {
        var definition = new DefinitionBuilder("purchase")
            .Variable("amount", "Int32", "0")
            .Start()
            .HumanTask("review", "Clerk", ["Approve", "Escalate"])
            .Activity("large", "Elsa.FlowDecision", ("condition", JavaScript("getAmount() > 1000", "Boolean")))
            .WriteLine("director", "director")
            .WriteLine("manager", "manager")
            .WriteLine("escalate", "escalated")
            .Chain("start", "review")
            .Connect("review", "large", "Approve")
            .Connect("review", "escalate", "Escalate")
            .Connect("large", "director", "True")
            .Connect("large", "manager", "False")
            .Build();
        var harness = new WorkflowHarness(definition);
        harness.Start(new JsonObject { ["amount"] = amount });
        return harness;
    }

    [Fact]
    public void ModifyVariable_SetsTheValue_AndLaterActivitiesSeeIt()
    {
        var harness = StartDecision(10);

        var step = harness.Host.Alter(harness.InstanceId, [new Alteration.ModifyVariable("amount", JsonValue.Create("5000"))]);
        harness.Complete("review", "Approve", "Clerk");

        Assert.Equal(["Flowchart1 Altered SetVariable amount"], JournalTrace.Of(step.Journal));
        Assert.Equal("5000", harness.Instance.Variables["amount"]?.ToJsonString());
        Assert.Equal(["director"], harness.Output);
    }

    [Fact]
    public void ModifyVariable_Refused_ForAnUndeclaredVariable_AndTheInstanceIsUnchanged()
    {
        var harness = StartDecision(10);
        var before = harness.Serialized;

        var refused = Assert.Throws<WorkflowRefusedException>(() => harness.Host.Alter(harness.InstanceId, [new Alteration.ModifyVariable("amount", 1), new Alteration.ModifyVariable("total", 1)]));

        Assert.Contains("total", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, harness.Serialized);
    }

    [Fact]
    public void CancelActivity_CancelsTheOpenTask_JournalledAlteredThenTaskCancelled()
    {
        var definition = new DefinitionBuilder("two-reviews")
            .Start()
            .Activity("split", "Elsa.FlowFork", ("branches", Literal("[\"A\",\"B\"]", "String[]")))
            .HumanTask("taskA", "Finance", ["Approve"])
            .HumanTask("taskB", "Legal", ["Approve"])
            .Chain("start", "split")
            .Connect("split", "taskA", "A")
            .Connect("split", "taskB", "B")
            .Build();
        var harness = new WorkflowHarness(definition);
        harness.Start();

        var step = harness.Host.Alter(harness.InstanceId, [new Alteration.CancelActivity("taskA")]);

        Assert.Equal(["Flowchart1 Altered CancelActivity taskA", "taskA TaskCancelled"], JournalTrace.Of(step.Journal));
        Assert.Equal("cancelled by an administrator", step.Journal[1].Reason);
        Assert.Equal(["taskB"], harness.OpenTasks);
        Assert.Equal(WorkflowStatus.Waiting, harness.Instance.Status);
        Assert.True(Assert.Single(step.Effects.Closed).Cancelled);

        harness.Host.Alter(harness.InstanceId, [new Alteration.CancelActivity("taskB")]);

        Assert.Equal(WorkflowStatus.Finished, harness.Instance.Status);
    }

    [Fact]
    public void CancelActivity_UpstreamOfAJoin_LetsTheJoinRunOnTheBranchesThatArrived()
    {
        var definition = new DefinitionBuilder("merge-after-cancel")
            .Start()
            .Activity("split", "Elsa.FlowFork", ("branches", Literal("[\"A\",\"B\"]", "String[]")))
            .HumanTask("review", "Manager", ["Approve"])
            .WriteLine("quick", "quick")
            .WriteLine("merge", "merge")
            .Chain("start", "split")
            .Connect("split", "review", "A")
            .Connect("split", "quick", "B")
            .Connect("review", "merge", "Approve")
            .Connect("quick", "merge")
            .Build();
        var harness = new WorkflowHarness(definition);
        harness.Start();

        var step = harness.Host.Alter(harness.InstanceId, [new Alteration.CancelActivity("review")]);

        Assert.Equal(
        [
            "Flowchart1 Altered CancelActivity review", "review TaskCancelled",
            "merge Output merge", "merge Completed Done",
            "Flowchart1 Finished",
        ], JournalTrace.Of(step.Journal));
    }

    [Fact]
    public void CancelActivity_Refused_WhenTheActivityHasNothingPending()
    {
        var harness = StartDecision(10);
        var before = harness.Serialized;

        var refused = Assert.Throws<WorkflowRefusedException>(() => harness.Host.Alter(harness.InstanceId, [new Alteration.CancelActivity("director")]));

        Assert.Equal(RefusalReason.Conflict, refused.Reason);
        Assert.Equal(before, harness.Serialized);
    }

    [Fact]
    public void ScheduleActivity_RunsTheActivityNow_AndTheTaskStaysOpen()
    {
        var harness = StartDecision(10);

        var step = harness.Host.Alter(harness.InstanceId, [new Alteration.ScheduleActivity("escalate")]);

        Assert.Equal(["Flowchart1 Altered ScheduleActivity escalate", "escalate Output escalated", "escalate Completed Done"], JournalTrace.Of(step.Journal));
        Assert.Equal(["review"], harness.OpenTasks);
        Assert.Equal(WorkflowStatus.Waiting, harness.Instance.Status);
    }
}
