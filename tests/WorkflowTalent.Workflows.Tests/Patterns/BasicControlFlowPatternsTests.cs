using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Tests.Support;

namespace WorkflowTalent.Workflows.Tests.Patterns;

/// <summary>Russell et al. (2006), basic control-flow patterns WCP-1 to WCP-5.</summary>
public sealed class BasicControlFlowPatternsTests
{
    [Fact]
    public void WCP01_Sequence_RunsActivitiesInOrder()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp01-sequence.json"));

        harness.Start();

        Assert.Equal(
        [
            "Flowchart1 Started",
            "start Completed Done",
            "stepA Output A", "stepA Completed Done",
            "stepB Output B", "stepB Completed Done",
            "stepC Output C", "stepC Completed Done",
            "Flowchart1 Finished",
        ], harness.Trace);
        Assert.Equal(WorkflowStatus.Finished, harness.Instance.Status);
    }

    [Fact]
    public void WCP02_ParallelSplit_StartsEveryBranchAtOnce()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp02-parallel-split.json"));

        harness.Start();

        Assert.Equal(
        [
            "Flowchart1 Started",
            "start Completed Done",
            "split Completed Left,Right",
            "leftTask TaskCreated",
            "rightTask TaskCreated",
        ], harness.Trace);
        Assert.Equal(["leftTask", "rightTask"], harness.OpenTasks);
        Assert.Equal(WorkflowStatus.Waiting, harness.Instance.Status);
    }

    [Fact]
    public void WCP02_ParallelSplit_BranchesGoOnIndependently()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp02-parallel-split.json"));
        harness.Start();

        var mark = harness.Journal.Count;
        harness.Complete("rightTask", "Done", "Clerk");

        Assert.Equal(["rightTask TaskCompleted Done", "rightTask Completed Done", "rightDone Output right done", "rightDone Completed Done"], harness.TraceSince(mark));
        Assert.Equal(["leftTask"], harness.OpenTasks);
        Assert.Equal(WorkflowStatus.Waiting, harness.Instance.Status);

        mark = harness.Journal.Count;
        harness.Complete("leftTask", "Done", "Clerk");

        Assert.Equal(["leftTask TaskCompleted Done", "leftTask Completed Done", "leftDone Output left done", "leftDone Completed Done", "Flowchart1 Finished"], harness.TraceSince(mark));
    }

    [Theory]
    [InlineData("taskA", "Finance", "taskB", "Legal")]
    [InlineData("taskB", "Legal", "taskA", "Finance")]
    public void WCP03_Synchronisation_WaitAllRunsOnceAfterBothBranches_InEitherOrder(string first, string firstRole, string second, string secondRole)
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp03-synchronisation.json"));
        harness.Start();
        Assert.Equal(["taskA", "taskB"], harness.OpenTasks);

        var mark = harness.Journal.Count;
        harness.Complete(first, "Approve", firstRole);

        Assert.Equal([$"{first} TaskCompleted Approve", $"{first} Completed Approve"], harness.TraceSince(mark));
        Assert.Equal(0, harness.Count("join", JournalEvents.Completed));
        Assert.Equal(WorkflowStatus.Waiting, harness.Instance.Status);

        mark = harness.Journal.Count;
        harness.Complete(second, "Approve", secondRole);

        Assert.Equal(
        [
            $"{second} TaskCompleted Approve", $"{second} Completed Approve",
            "join Completed Done",
            "both Output both approved", "both Completed Done",
            "Flowchart1 Finished",
        ], harness.TraceSince(mark));
        Assert.Equal(1, harness.Count("join", JournalEvents.Completed));
    }

    [Fact]
    public void WCP03_Synchronisation_WaitAllIsSkippedWhenABranchIsNotTaken()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp03-synchronisation-skipped.json"));

        harness.Start(new JsonObject { ["amount"] = 5000 });

        Assert.Equal(
        [
            "Flowchart1 Started",
            "start Completed Done",
            "large Completed True",
            "finance Output finance", "finance Completed Done",
            "archive Output archived", "archive Completed Done",
            "Flowchart1 Finished",
        ], harness.Trace);
        Assert.DoesNotContain(harness.Journal, e => e.Activity is "join" or "both" or "legal");
        Assert.Empty(harness.Instance.Flow.Tokens);
    }

    [Theory]
    [InlineData(5000, "True", "director", "director approves")]
    [InlineData(200, "False", "manager", "manager approves")]
    public void WCP04_ExclusiveChoice_TakesExactlyOneBranchByTheCondition(int amount, string port, string branch, string text)
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp04-exclusive-choice.json"));

        harness.Start(new JsonObject { ["amount"] = amount });

        Assert.Equal(
        [
            "Flowchart1 Started",
            "start Completed Done",
            $"large Completed {port}",
            $"{branch} Output {text}", $"{branch} Completed Done",
            "Flowchart1 Finished",
        ], harness.Trace);
        var other = branch == "director" ? "manager" : "director";
        Assert.DoesNotContain(harness.Journal, e => e.Activity == other);
    }

    [Fact]
    public void WCP05_SimpleMerge_MergeRunsOnceAfterTheImmediateBranch()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp05-simple-merge.json"));

        harness.Start(new JsonObject { ["amount"] = 200 });

        Assert.Equal(
        [
            "Flowchart1 Started",
            "start Completed Done",
            "large Completed False",
            "manager Output manager approves", "manager Completed Done",
            "archive Output archived", "archive Completed Done",
            "Flowchart1 Finished",
        ], harness.Trace);
        Assert.DoesNotContain(harness.Journal, e => e.Activity == "directorTask");
    }

    [Fact]
    public void WCP05_SimpleMerge_MergeWaitsForTheTakenBranchAndRunsOnce()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp05-simple-merge.json"));
        harness.Start(new JsonObject { ["amount"] = 5000 });

        Assert.Equal(["Flowchart1 Started", "start Completed Done", "large Completed True", "directorTask TaskCreated"], harness.Trace);
        Assert.Equal(0, harness.Count("archive", JournalEvents.Completed));

        var mark = harness.Journal.Count;
        harness.Complete("directorTask", "Approve", "Director");

        Assert.Equal(
        [
            "directorTask TaskCompleted Approve", "directorTask Completed Approve",
            "archive Output archived", "archive Completed Done",
            "Flowchart1 Finished",
        ], harness.TraceSince(mark));
        Assert.Equal(1, harness.Count("archive", JournalEvents.Completed));
        Assert.DoesNotContain(harness.Journal, e => e.Activity == "manager");
    }
}
