using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Tests.Support;
using static WorkflowTalent.Workflows.Tests.Support.DefinitionBuilder;

namespace WorkflowTalent.Workflows.Tests.Runtime;

/// <summary>An instance saved mid-run (open task, pending join, timer) reads back the same and goes on from where it was.</summary>
public sealed class InstanceSerializationTests
{
    // start → split → { review (task, overdue in 3 days), quick } → merge (implicit join) → done
    private static WorkflowDefinition Definition() => new DefinitionBuilder("serialization")
        .Variable("note", "String", "初始")
        .Variable("count", "Int32", "0")
        .Start()
        .Activity("split", "Elsa.FlowFork", ("branches", Literal("[\"A\",\"B\"]", "String[]")))
        .HumanTask("review", "Manager", ["Approve"], ("due", Literal("P3D")), ("escalation", Literal("Overdue")))
        .Activity("quick", "Elsa.SetVariable", ("variable", JsonValue.Create("count")), ("value", JavaScript("getCount() + 41", "Int32")))
        .WriteLineScript("merge", "'merged ' + getCount() + ' ' + getNote()")
        .Chain("start", "split")
        .Connect("split", "review", "A")
        .Connect("split", "quick", "B")
        .Connect("review", "merge", "Approve")
        .Connect("quick", "merge")
        .Build();

    [Fact]
    public void Instance_MidRun_SerializesDeserializesAndSerializesEqual()
    {
        var driver = new RuntimeDriver(Definition());
        driver.Start(correlationId: "order-9");
        Assert.Equal(WorkflowStatus.Waiting, driver.Current.Status);
        Assert.Equal(["merge"], driver.Current.Flow.Tokens.Keys);

        var first = InstanceSerializer.Serialize(driver.Current);
        var copy = InstanceSerializer.Deserialize(first);
        var second = InstanceSerializer.Serialize(copy);

        Assert.Equal(first, second);
        Assert.Equal(("order-9", 3, "初始", "41"), (copy.CorrelationId, copy.Journal.Count(e => e.Event == JournalEvents.Completed),
            copy.Variables["note"]?.GetValue<string>(), copy.Variables["count"]?.ToJsonString()));
        Assert.Equal(["merge"], copy.Flow.Tokens.Keys);
        Assert.Equal(["review"], copy.OpenTasks.Select(b => b.ActivityId));
        Assert.Equal(driver.Current.Bookmarks.Single().Due, copy.Bookmarks.Single().Due);
    }

    [Fact]
    public void DeserializedInstance_CanBeResumedAndFinishes()
    {
        var driver = new RuntimeDriver(Definition());
        driver.Start();
        var copy = InstanceSerializer.Deserialize(InstanceSerializer.Serialize(driver.Current));
        driver.Clock.Advance(TimeSpan.FromDays(1));

        var step = driver.Runtime.CompleteTask(driver.Workflow, copy, "review", new ResumeSignal.TaskCompletion("Approve", null, null, new Actor("Manager", null, "li")));

        Assert.Equal(
        [
            "review TaskCompleted Approve", "review Completed Approve",
            "merge Output merged 41 初始", "merge Completed Done",
            "Flowchart1 Finished",
        ], JournalTrace.Of(step.Journal));
        Assert.Equal(WorkflowStatus.Finished, copy.Status);
        Assert.Empty(copy.Flow.Tokens);
        Assert.Equal(1, JournalTrace.Count(copy.Journal, "merge", JournalEvents.Completed));
    }

    [Fact]
    public void DeserializedInstance_FiresItsEscalationTimer()
    {
        var driver = new RuntimeDriver(Definition());
        driver.Start();
        var copy = InstanceSerializer.Deserialize(InstanceSerializer.Serialize(driver.Current));
        driver.Clock.Advance(TimeSpan.FromDays(3));

        var step = driver.Runtime.FireTimer(driver.Workflow, copy, copy.Bookmarks.Single().Id);

        Assert.Equal(["review TaskOverdue Overdue"], JournalTrace.Of(step.Journal));
        Assert.True(copy.OpenTasks.Single().Task!.IsOverdue);
        Assert.Equal(InstanceSerializer.Serialize(copy), InstanceSerializer.Serialize(InstanceSerializer.Deserialize(InstanceSerializer.Serialize(copy))));
    }
}
