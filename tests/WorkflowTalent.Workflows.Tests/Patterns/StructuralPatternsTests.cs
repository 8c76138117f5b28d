using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Tests.Support;

namespace WorkflowTalent.Workflows.Tests.Patterns;

/// <summary>Russell et al. (2006), structural patterns WCP-10 arbitrary cycles and WCP-11 implicit termination.</summary>
public sealed class StructuralPatternsTests
{
    [Fact]
    public void WCP10_ArbitraryCycles_BackwardConnectionLoopsUntilTheCounterExits()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp10-cycle.json"));

        harness.Start();

        Assert.Equal(["round 1", "round 2", "round 3", "done"], harness.Output);
        Assert.Equal(["again Completed True", "again Completed True", "again Completed False"], JournalTrace.Of(harness.Journal.Where(e => e.Activity == "again")));
        Assert.Equal(3, harness.Count("increment", JournalEvents.Completed));
        Assert.Equal(1, harness.Count("done", JournalEvents.Completed));
        Assert.Equal("3", harness.Instance.Variables["counter"]?.ToJsonString());
        Assert.Equal(WorkflowStatus.Finished, harness.Instance.Status);
    }

    [Fact]
    public void WCP10_ArbitraryCycles_JoinInsideTheLoopRunsOncePerRound()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp10-cycle-with-join.json"));

        harness.Start();

        Assert.Equal(
        [
            "left 1", "right 1", "merged 1",
            "left 2", "right 2", "merged 2",
            "left 3", "right 3", "merged 3",
            "done",
        ], harness.Output);
        Assert.Equal(3, harness.Count("merge", JournalEvents.Completed));
        Assert.Equal(3, harness.Count("split", JournalEvents.Completed));
        Assert.Equal(WorkflowStatus.Finished, harness.Instance.Status);
        Assert.Empty(harness.Instance.Flow.Tokens);
    }

    [Fact]
    public void WCP10_ArbitraryCycles_DiscriminatorInsideTheLoopFiresAgainEachRound()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp10-cycle-with-discriminator.json"));
        harness.Start();

        harness.Complete("reviewA", "Approve", "ReviewerA");

        Assert.Equal(["round 1"], harness.Output);
        Assert.Equal(["reviewA", "reviewB"], harness.OpenTasks);
        Assert.Equal(1, harness.Count("reviewB", JournalEvents.TaskCancelled));

        var mark = harness.Journal.Count;
        harness.Complete("reviewB", "Approve", "ReviewerB");

        Assert.Equal(
        [
            "reviewB TaskCompleted Approve", "reviewB Completed Approve",
            "reviewA TaskCancelled",
            "join Completed Done",
            "report Output round 2", "report Completed Done",
            "again Completed False",
            "done Output done", "done Completed Done",
            "Flowchart1 Finished",
        ], harness.TraceSince(mark));
        Assert.Equal(2, harness.Count("join", JournalEvents.Completed));
    }

    [Fact]
    public void WCP10_ArbitraryCycles_LoopStartsAtTheCountGiven()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp10-cycle.json"));

        harness.Start(new JsonObject { ["counter"] = 5 });

        Assert.Equal(["round 6", "done"], harness.Output);
        Assert.Equal(1, harness.Count("increment", JournalEvents.Completed));
    }

    [Fact]
    public void WCP11_ImplicitTermination_WaitsWhileATaskIsOpenDespiteTheFinishedSideBranch()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp11-implicit-termination.json"));

        harness.Start();

        Assert.Equal(
        [
            "Flowchart1 Started",
            "start Completed Done",
            "split Completed Main,Side",
            "approve TaskCreated",
            "log Output logged", "log Completed Done",
        ], harness.Trace);
        Assert.Equal(WorkflowStatus.Waiting, harness.Instance.Status);
        Assert.Null(harness.Instance.EndedAt);
    }

    [Fact]
    public void WCP11_ImplicitTermination_FinishesWhenNothingIsScheduledOrWaiting()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp11-implicit-termination.json"));
        harness.Start();
        harness.Advance(TimeSpan.FromHours(2));

        var mark = harness.Journal.Count;
        harness.Complete("approve", "Approve", "Manager");

        Assert.Equal(["approve TaskCompleted Approve", "approve Completed Approve", "notify Output notified", "notify Completed Done", "Flowchart1 Finished"], harness.TraceSince(mark));
        Assert.Equal(WorkflowStatus.Finished, harness.Instance.Status);
        Assert.Equal(harness.Now, harness.Instance.EndedAt);
    }

    [Fact]
    public void WCP11_ImplicitTermination_AnUnconnectedOutcomeEndsThePath()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp11-implicit-termination.json"));
        harness.Start();

        var mark = harness.Journal.Count;
        harness.Complete("approve", "Reject", "Manager");

        Assert.Equal(["approve TaskCompleted Reject", "approve Completed Reject", "Flowchart1 Finished"], harness.TraceSince(mark));
        Assert.DoesNotContain(harness.Journal, e => e.Activity == "notify");
    }
}
