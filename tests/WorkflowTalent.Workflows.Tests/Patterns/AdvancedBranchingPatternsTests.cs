using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Tests.Support;

namespace WorkflowTalent.Workflows.Tests.Patterns;

/// <summary>Russell et al. (2006), advanced branching and synchronisation patterns WCP-6 to WCP-9.</summary>
public sealed class AdvancedBranchingPatternsTests
{
    private static JsonObject Needs(bool laptop, bool badge, bool parking) =>
        new() { ["needsLaptop"] = laptop, ["needsBadge"] = badge, ["needsParking"] = parking };

    [Theory]
    [InlineData(true, false, true, "Laptop,Parking", new[] { "laptop", "parking" })]
    [InlineData(true, true, true, "Laptop,Badge,Parking", new[] { "laptop", "badge", "parking" })]
    [InlineData(false, true, false, "Badge", new[] { "badge" })]
    [InlineData(false, false, false, "Default", new[] { "nothing needed" })]
    public void WCP06_MultiChoice_TakesEveryMatchingCase(bool laptop, bool badge, bool parking, string ports, string[] output)
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp06-multi-choice.json"));

        harness.Start(Needs(laptop, badge, parking));

        Assert.Equal([$"equipment Completed {ports}"], JournalTrace.Of(harness.Journal.Where(e => e.Activity == "equipment")));
        Assert.Equal(output, harness.Output);
        Assert.Equal(WorkflowStatus.Finished, harness.Instance.Status);
    }

    [Fact]
    public void WCP07_StructuredSynchronisingMerge_WaitsForEveryTakenBranchThenRunsOnce()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp07-structured-sync-merge.json"));
        harness.Start(Needs(laptop: true, badge: true, parking: false));

        Assert.Equal(
        [
            "Flowchart1 Started",
            "start Completed Done",
            "equipment Completed Laptop,Badge",
            "laptopTask TaskCreated",
            "badge Output badge", "badge Completed Done",
        ], harness.Trace);
        Assert.Equal(0, harness.Count("join", JournalEvents.Completed));
        Assert.Equal(WorkflowStatus.Waiting, harness.Instance.Status);

        var mark = harness.Journal.Count;
        harness.Complete("laptopTask", "Done", "IT");

        Assert.Equal(
        [
            "laptopTask TaskCompleted Done", "laptopTask Completed Done",
            "join Completed Done",
            "welcome Output welcome pack", "welcome Completed Done",
            "Flowchart1 Finished",
        ], harness.TraceSince(mark));
        Assert.Equal(1, harness.Count("join", JournalEvents.Completed));
        Assert.DoesNotContain(harness.Journal, e => e.Activity == "parking");
    }

    [Fact]
    public void WCP07_StructuredSynchronisingMerge_DoesNotWaitForBranchesNotTaken()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp07-structured-sync-merge.json"));

        harness.Start(Needs(laptop: false, badge: true, parking: true));

        Assert.Equal(
        [
            "Flowchart1 Started",
            "start Completed Done",
            "equipment Completed Badge,Parking",
            "badge Output badge", "badge Completed Done",
            "parking Output parking", "parking Completed Done",
            "join Completed Done",
            "welcome Output welcome pack", "welcome Completed Done",
            "Flowchart1 Finished",
        ], harness.Trace);
    }

    [Fact]
    public void WCP07_StructuredSynchronisingMerge_ImplicitJoinWaitsForTheTaskThenRunsOnce()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp07-structured-sync-merge-implicit.json"));
        harness.Start(Needs(laptop: true, badge: true, parking: true));

        Assert.Equal(["badge", "parking"], harness.Output);
        Assert.Equal(0, harness.Count("welcome", JournalEvents.Completed));

        var mark = harness.Journal.Count;
        harness.Complete("laptopTask", "Done", "IT");

        Assert.Equal(
        [
            "laptopTask TaskCompleted Done", "laptopTask Completed Done",
            "welcome Output welcome pack", "welcome Completed Done",
            "Flowchart1 Finished",
        ], harness.TraceSince(mark));
        Assert.Equal(1, harness.Count("welcome", JournalEvents.Completed));
    }

    [Fact]
    public void WCP08_MultiMerge_CascadeRunsTheTargetOncePerArrivingBranch()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp08-multi-merge.json"));
        harness.Start();

        Assert.Equal(
        [
            "Flowchart1 Started",
            "start Completed Done",
            "split Completed A,B",
            "quick Output quick branch", "quick Completed Done",
            "slowTask TaskCreated",
            "audit Output audit", "audit Completed Done",
        ], harness.Trace);
        Assert.Equal(WorkflowStatus.Waiting, harness.Instance.Status);

        var mark = harness.Journal.Count;
        harness.Complete("slowTask", "Done", "Clerk");

        Assert.Equal(
        [
            "slowTask TaskCompleted Done", "slowTask Completed Done",
            "audit Output audit", "audit Completed Done",
            "Flowchart1 Finished",
        ], harness.TraceSince(mark));
        Assert.Equal(2, harness.Count("audit", JournalEvents.Completed));
    }

    [Fact]
    public void WCP09_Discriminator_RunsOnFirstArrivalAndCancelsTheOtherBranches()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp09-discriminator.json"));
        harness.Start();
        Assert.Equal(["reviewA", "reviewB"], harness.OpenTasks);
        Assert.Equal(1, harness.PendingTimers);

        var mark = harness.Journal.Count;
        harness.Complete("reviewA", "Approve", "ReviewerA");

        Assert.Equal(
        [
            "reviewA TaskCompleted Approve", "reviewA Completed Approve",
            "reviewB TaskCancelled",
            "deadline Cancelled",
            "join Completed Done",
            "decided Output decided", "decided Completed Done",
            "Flowchart1 Finished",
        ], harness.TraceSince(mark));
        Assert.Empty(harness.Instance.Bookmarks);
        Assert.Equal(0, harness.PendingTimers);
        Assert.All(harness.Journal.Where(e => e.Event is JournalEvents.TaskCancelled or JournalEvents.Cancelled && e.Activity != "Flowchart1"),
            e => Assert.Equal("join ran on another path", e.Reason));
    }

    [Fact]
    public void WCP09_Discriminator_LaterArrivalsAreIgnored()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp09-discriminator.json"));
        harness.Start();
        harness.Complete("reviewB", "Approve", "ReviewerB");
        var journal = harness.Trace;

        var refused = Assert.Throws<WorkflowRefusedException>(() => harness.Complete("reviewA", "Approve", "ReviewerA"));
        harness.Advance(TimeSpan.FromDays(3));

        Assert.Equal(RefusalReason.Conflict, refused.Reason);
        Assert.Equal(journal, harness.Trace);
        Assert.Equal(1, harness.Count("join", JournalEvents.Completed));
        Assert.Equal(1, harness.Count("reviewA", JournalEvents.TaskCancelled));
        Assert.Equal(0, harness.Count("deadline", JournalEvents.TimerFired));
    }
}
