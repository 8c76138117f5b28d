using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Tests.Support;
using static WorkflowTalent.Workflows.Tests.Support.DefinitionBuilder;

namespace WorkflowTalent.Workflows.Tests.Runtime;

/// <summary>An activity that fails faults its own instance, with where and why; the host goes on.</summary>
public sealed class FaultTests
{
    private static WorkflowDefinition Healthy() => new DefinitionBuilder("healthy")
        .Start()
        .WriteLine("hello", "still running")
        .Chain("start", "hello")
        .Build();

    [Fact]
    public void JavaScriptError_FaultsTheInstanceWithActivityAndMessage_AndTheHostGoesOn()
    {
        var definition = new DefinitionBuilder("quota")
            .Variable("total", "Int32", "0")
            .Start()
            .WriteLine("before", "before")
            .Activity("calc", "Elsa.SetVariable", ("variable", Literal("total")), ("value", JavaScript("throw new Error('quota exceeded')", "Int32")))
            .WriteLine("after", "after")
            .Chain("start", "before", "calc", "after")
            .Build();
        var harness = new WorkflowHarness(definition, [Healthy()]);

        harness.Start();

        Assert.Equal(WorkflowStatus.Faulted, harness.Instance.Status);
        Assert.Equal("calc", harness.Instance.FaultActivity);
        Assert.Contains("quota exceeded", harness.Instance.FaultMessage, StringComparison.Ordinal);
        var faulted = harness.Journal[^1];
        Assert.Equal(("calc", JournalEvents.Faulted), (faulted.Activity, faulted.Event));
        Assert.Equal(harness.Instance.FaultMessage, faulted.Message);
        Assert.Equal(["before"], harness.Output);
        Assert.NotNull(harness.Instance.EndedAt);

        var other = harness.Host.Start("healthy");

        Assert.Equal(WorkflowStatus.Finished, other.Instance.Status);
        Assert.Equal(["still running"], JournalTrace.Output(other.Journal));
        Assert.Equal(WorkflowStatus.Faulted, harness.Instance.Status);
    }

    [Fact]
    public void JavaScriptError_InADecision_CancelsWhatIsPendingElsewhere()
    {
        var definition = new DefinitionBuilder("decision-fault")
            .Start()
            .Activity("split", "Elsa.FlowFork", ("branches", Literal("[\"A\",\"B\"]", "String[]")))
            .HumanTask("review", "Manager", ["Approve"])
            .Activity("check", "Elsa.FlowDecision", ("condition", JavaScript("undefinedFunction()", "Boolean")))
            .Chain("start", "split")
            .Connect("split", "review", "A")
            .Connect("split", "check", "B")
            .Build();
        var driver = new RuntimeDriver(definition);

        var step = driver.Start();

        Assert.Equal(["Flowchart1 Started", "start Completed Done", "split Completed A,B", "review TaskCreated", "review TaskCancelled", "check Faulted"], JournalTrace.Of(step.Journal));
        Assert.Contains("undefinedFunction", driver.Current.FaultMessage, StringComparison.Ordinal);
        Assert.Empty(driver.Current.Bookmarks);
        Assert.True(Assert.Single(step.Effects.Closed).Cancelled);
    }

    [Fact]
    public void EndlessLoopWithoutWait_FaultsAfterMaxActivitiesPerStep()
    {
        var definition = new DefinitionBuilder("endless")
            .Start()
            .WriteLine("tick", "tick")
            .WriteLine("tock", "tock")
            .Chain("start", "tick", "tock", "tick")
            .Build();
        var driver = new RuntimeDriver(definition, new WorkflowRuntimeOptions { MaxActivitiesPerStep = 100 });

        var step = driver.Start();

        Assert.Equal(WorkflowStatus.Faulted, driver.Current.Status);
        Assert.Contains("more than 100 activities", driver.Current.FaultMessage, StringComparison.Ordinal);
        Assert.True(driver.Current.FaultActivity is "tick" or "tock", driver.Current.FaultActivity);
        Assert.Equal(100, step.Journal.Count(e => e.Event == JournalEvents.Completed));
        Assert.Equal(JournalEvents.Faulted, step.Journal[^1].Event);
    }
}
