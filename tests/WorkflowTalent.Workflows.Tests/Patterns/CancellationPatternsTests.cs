using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Tests.Support;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Workflows.Tests.Patterns;

/// <summary>Russell et al. (2006): WCP-16 deferred choice, WCP-19 cancel activity, WCP-20 cancel case, WCP-43 explicit termination.</summary>
public sealed class CancellationPatternsTests
{
    private static readonly string[] AfterStart =
    [
        "Flowchart1 Started",
        "start Completed Done",
        "split Completed Task,Timer,Event",
        "approve TaskCreated",
        "wait TimerScheduled",
    ];

    [Fact]
    public void WCP16_DeferredChoice_TaskWins_TimerAndEventAreCancelled()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp16-deferred-choice.json"));
        harness.Start();
        Assert.Equal(AfterStart, harness.Trace);

        var mark = harness.Journal.Count;
        harness.Complete("approve", "Approve", "Manager");

        Assert.Equal(
        [
            "approve TaskCompleted Approve", "approve Completed Approve",
            "byTask Output approved", "byTask Completed Done",
            "wait Cancelled",
            "signal Cancelled",
            "choice Completed Done",
            "close Output closed", "close Completed Done",
            "Flowchart1 Finished",
        ], harness.TraceSince(mark));
        Assert.Equal(0, harness.PendingTimers);
        Assert.Empty(harness.Publish("contract-signed"));
    }

    [Fact]
    public void WCP16_DeferredChoice_TimerWins_TaskAndEventAreCancelled()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp16-deferred-choice.json"));
        harness.Start();

        var mark = harness.Journal.Count;
        harness.Advance(TimeSpan.FromHours(4));

        Assert.Equal(
        [
            "wait TimerFired", "wait Completed Done",
            "byTimer Output timed out", "byTimer Completed Done",
            "approve TaskCancelled",
            "signal Cancelled",
            "choice Completed Done",
            "close Output closed", "close Completed Done",
            "Flowchart1 Finished",
        ], harness.TraceSince(mark));
        Assert.Equal(ShanghaiTime.Format(WorkflowHarness.DefaultStart.AddHours(4)), harness.Journal.Single(e => e.Event == JournalEvents.TimerFired).Time);
        Assert.Empty(harness.OpenTasks);
    }

    [Fact]
    public void WCP16_DeferredChoice_EventWins_TaskAndTimerAreCancelled()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp16-deferred-choice.json"));
        harness.Start();
        harness.Advance(TimeSpan.FromHours(1));

        var mark = harness.Journal.Count;
        var steps = harness.Publish("contract-signed", payload: new JsonObject { ["contract"] = "C-1" });

        Assert.Single(steps);
        Assert.Equal(
        [
            "signal EventReceived contract-signed", "signal Completed Done",
            "byEvent Output signed", "byEvent Completed Done",
            "approve TaskCancelled",
            "wait Cancelled",
            "choice Completed Done",
            "close Output closed", "close Completed Done",
            "Flowchart1 Finished",
        ], harness.TraceSince(mark));
        Assert.Equal(0, harness.PendingTimers);
        Assert.Equal("C-1", harness.Instance.LastResult?["contract"]?.GetValue<string>());
    }

    [Fact]
    public void WCP19_CancelActivity_OneSecondBeforeTheDueTimeNothingHappens()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp19-cancel-activity.json"));
        harness.Start();
        var before = harness.Serialized;

        harness.Advance(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));

        Assert.Equal(before, harness.Serialized);
        Assert.Equal(["review"], harness.OpenTasks);
        Assert.Equal(WorkflowStatus.Waiting, harness.Instance.Status);
    }

    [Fact]
    public void WCP19_CancelActivity_AtTheDueTimeTheTaskIsCancelledAndTheTimeoutPathRuns()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp19-cancel-activity.json"));
        harness.Start();
        var due = ShanghaiTime.Format(WorkflowHarness.DefaultStart.AddDays(3));
        Assert.Equal(due, harness.Journal.Single(e => e.Event == JournalEvents.TaskCreated).Due);
        harness.Advance(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));

        var mark = harness.Journal.Count;
        harness.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(["review TaskCancelled", "review Completed Timeout", "expired Output expired", "expired Completed Done", "Flowchart1 Finished"], harness.TraceSince(mark));
        var cancelled = harness.Journal.Single(e => e.Event == JournalEvents.TaskCancelled);
        Assert.Equal(due, cancelled.Time);
        Assert.Equal("Timeout", cancelled.Reason);
        Assert.Empty(harness.OpenTasks);
        Assert.DoesNotContain(harness.Journal, e => e.Activity == "approved");
    }

    [Fact]
    public void WCP20_CancelCase_CancelsEveryTaskAndTimer()
    {
        var driver = new RuntimeDriver(DefinitionFiles.LoadPattern("wcp20-cancel-case.json"));
        driver.Start();
        Assert.Equal(3, driver.Current.Bookmarks.Count);

        var step = driver.Runtime.Cancel(driver.Workflow, driver.Current, "withdrawn by the applicant");

        Assert.Equal(["taskA TaskCancelled", "taskB TaskCancelled", "reminder Cancelled", "Flowchart1 Cancelled"], JournalTrace.Of(step.Journal));
        Assert.All(step.Journal, e => Assert.Equal("withdrawn by the applicant", e.Reason));
        Assert.Equal(WorkflowStatus.Cancelled, driver.Current.Status);
        Assert.Empty(driver.Current.Bookmarks);
        Assert.Equal(["taskA", "taskB", "reminder"], step.Effects.Closed.Select(c => c.Bookmark.ActivityId));
        Assert.All(step.Effects.Closed, c => Assert.True(c.Cancelled));
    }

    [Fact]
    public void WCP20_CancelCase_NothingRunsAfterwards()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp20-cancel-case.json"));
        harness.Start();
        harness.Cancel("withdrawn");
        var journal = harness.Trace;

        harness.Advance(TimeSpan.FromDays(2));
        var refused = Assert.Throws<WorkflowRefusedException>(() => harness.Complete("taskA", "Approve", "Finance"));

        Assert.Equal(RefusalReason.Conflict, refused.Reason);
        Assert.Equal(journal, harness.Trace);
        Assert.Equal(0, harness.PendingTimers);
        Assert.DoesNotContain(harness.Journal, e => e.Activity == "remind");
        Assert.Equal(WorkflowStatus.Cancelled, harness.Instance.Status);
    }

    [Fact]
    public void WCP43_ExplicitTermination_FinishCancelsTheOpenTaskAndFinishes()
    {
        var harness = new WorkflowHarness(DefinitionFiles.LoadPattern("wcp43-explicit-termination.json"));
        harness.Start();
        Assert.Equal(["approve"], harness.OpenTasks);

        var mark = harness.Journal.Count;
        harness.Advance(TimeSpan.FromHours(1));

        Assert.Equal(["cutoff TimerFired", "cutoff Completed Done", "stop Completed", "approve TaskCancelled", "Flowchart1 Finished"], harness.TraceSince(mark));
        Assert.Equal("stop finished the workflow", harness.Journal.Single(e => e.Event == JournalEvents.TaskCancelled).Reason);
        Assert.Equal(WorkflowStatus.Finished, harness.Instance.Status);
        Assert.Empty(harness.Instance.Bookmarks);
        Assert.DoesNotContain(harness.Journal, e => e.Activity == "approved");
    }
}
