using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Tests.Support;
using WorkflowTalent.Workflows.Time;
using static WorkflowTalent.Workflows.Tests.Support.DefinitionBuilder;

namespace WorkflowTalent.Workflows.Tests.HumanTasks;

/// <summary>Due times and escalation (FORMAT.md, HumanTask): Overdue keeps the task open, Timeout cancels it; both at exactly the due time.</summary>
public sealed class HumanTaskEscalationTests
{
    private static readonly DateTimeOffset Start = WorkflowHarness.DefaultStart;

    // Overdue → remind (the task stays open); Timeout → escalated (a new task for the director).
    private static WorkflowDefinition Review(string escalation, JsonNode due) => new DefinitionBuilder("review")
        .Start()
        .HumanTask("review", "Manager", ["Approve"], ("due", due), ("escalation", Literal(escalation)))
        .WriteLine("remind", "reminder sent")
        .HumanTask("escalated", "Director", ["Approve"])
        .WriteLine("done", "done")
        .Chain("start", "review")
        .Connect("review", escalation == "Overdue" ? "remind" : "escalated", escalation)
        .Connect("review", "done", "Approve")
        .Connect("escalated", "done", "Approve")
        .Build();

    [Fact]
    public void Overdue_AtExactlyTheDueTime_LeavesByOverdueAndTheTaskStaysOpen()
    {
        var harness = new WorkflowHarness(Review("Overdue", Literal("P3D")));
        harness.Start();
        harness.Advance(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, harness.Count("review", JournalEvents.TaskOverdue));

        var mark = harness.Journal.Count;
        harness.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(["review TaskOverdue Overdue", "remind Output reminder sent", "remind Completed Done"], harness.TraceSince(mark));
        Assert.Equal(ShanghaiTime.Format(Start.AddDays(3)), harness.Journal[mark].Time);
        Assert.Equal(["review"], harness.OpenTasks);
        Assert.True(harness.Instance.OpenTasks.Single().Task!.IsOverdue);
        Assert.Equal(WorkflowStatus.Waiting, harness.Instance.Status);
        Assert.Equal(0, harness.PendingTimers);
    }

    [Fact]
    public void Overdue_TaskCanStillBeCompletedAfterwards()
    {
        var harness = new WorkflowHarness(Review("Overdue", Literal("P3D")));
        harness.Start();
        harness.Advance(TimeSpan.FromDays(5));
        Assert.Equal(1, harness.Count("review", JournalEvents.TaskOverdue));

        var mark = harness.Journal.Count;
        harness.Complete("review", "Approve", "Manager");

        Assert.Equal(["review TaskCompleted Approve", "review Completed Approve", "done Output done", "done Completed Done", "Flowchart1 Finished"], harness.TraceSince(mark));
        Assert.Equal(1, harness.Count("remind", JournalEvents.Completed));
    }

    [Fact]
    public void Timeout_AtExactlyTheDueTime_CancelsTheTaskAndLeavesByTimeout()
    {
        var harness = new WorkflowHarness(Review("Timeout", Literal("P3D")));
        harness.Start();
        harness.Advance(TimeSpan.FromDays(3) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(["review"], harness.OpenTasks);

        var mark = harness.Journal.Count;
        harness.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(["review TaskCancelled", "review Completed Timeout", "escalated TaskCreated"], harness.TraceSince(mark));
        Assert.Equal(["escalated"], harness.OpenTasks);
        var refused = Assert.Throws<WorkflowRefusedException>(() => harness.Complete("review", "Approve", "Manager"));
        Assert.Equal(RefusalReason.NotFound, refused.Reason);
    }

    [Fact]
    public void Timeout_IsWithdrawn_WhenAWaitAnyJoinCancelsTheTask()
    {
        var definition = new DefinitionBuilder("race")
            .Start()
            .Activity("split", "Elsa.FlowFork", ("branches", Literal("[\"Task\",\"Event\"]", "String[]")))
            .HumanTask("review", "Manager", ["Approve"], ("due", Literal("PT5H")), ("escalation", Literal("Timeout")))
            .Activity("signal", "Elsa.Event", ("eventName", Literal("go")))
            .Activity("join", "Elsa.FlowJoin", ("mode", Literal("WaitAny")))
            .WriteLine("late", "late")
            .WriteLine("done", "done")
            .Chain("start", "split")
            .Connect("split", "review", "Task")
            .Connect("split", "signal", "Event")
            .Connect("review", "join", "Approve")
            .Connect("review", "late", "Timeout")
            .Connect("signal", "join")
            .Chain("join", "done")
            .Build();
        var harness = new WorkflowHarness(definition);
        harness.Start();
        Assert.Equal(1, harness.PendingTimers);

        harness.Publish("go");
        harness.Advance(TimeSpan.FromHours(6));

        Assert.Equal(0, harness.PendingTimers);
        Assert.Equal(["done"], harness.Output);
        Assert.Equal("join ran on another path", harness.Journal.Single(e => e.Event == JournalEvents.TaskCancelled).Reason);
        Assert.Equal(WorkflowStatus.Finished, harness.Instance.Status);
    }

    [Fact]
    public void Overdue_PathDoesNotReleaseAJoinWaitingForTheOutcome()
    {
        var definition = new DefinitionBuilder("overdue-join")
            .Start()
            .Activity("split", "Elsa.FlowFork", ("branches", Literal("[\"A\",\"B\"]", "String[]")))
            .HumanTask("review", "Manager", ["Approve"], ("due", Literal("PT5H")), ("escalation", Literal("Overdue")))
            .WriteLine("quick", "quick")
            .WriteLine("remind", "remind")
            .WriteLine("merge", "merge")
            .Chain("start", "split")
            .Connect("split", "review", "A")
            .Connect("split", "quick", "B")
            .Connect("review", "merge", "Approve")
            .Connect("review", "remind", "Overdue")
            .Connect("quick", "merge")
            .Build();
        var harness = new WorkflowHarness(definition);
        harness.Start();

        harness.Advance(TimeSpan.FromHours(6));
        Assert.Equal(["quick", "remind"], harness.Output);
        harness.Complete("review", "Approve", "Manager");

        Assert.Equal(["quick", "remind", "merge"], harness.Output);
        Assert.Equal(WorkflowStatus.Finished, harness.Instance.Status);
    }

    [Theory]
    [InlineData("2026-03-05T17:30:00+08:00")]
    [InlineData("2026-03-05T09:30:00Z")]
    [InlineData("2026-03-05T17:30:00")]
    public void Due_AsAnAbsoluteDateTime_FallsDueAtThatMoment(string due)
    {
        var moment = new DateTimeOffset(2026, 3, 5, 17, 30, 0, TimeSpan.FromHours(8));
        var harness = new WorkflowHarness(Review("Overdue", Literal(due)));
        harness.Start();
        Assert.Equal("2026-03-05T17:30:00+08:00", harness.Journal.Single(e => e.Event == JournalEvents.TaskCreated).Due);
        Assert.Equal(moment, harness.Instance.OpenTasks.Single().Task!.Due);

        harness.AdvanceTo(moment.AddSeconds(-1));
        Assert.Equal(0, harness.Count("review", JournalEvents.TaskOverdue));
        harness.AdvanceTo(moment);

        Assert.Equal("2026-03-05T17:30:00+08:00", harness.Journal.Single(e => e.Event == JournalEvents.TaskOverdue).Time);
    }

    [Fact]
    public void Due_ComputedByJavaScript_IsUsed()
    {
        var harness = new WorkflowHarness(Review("Overdue", JavaScript("addDays(now(), 2)", "String")));
        harness.Start();

        Assert.Equal(Start.AddDays(2), harness.Instance.OpenTasks.Single().Task!.Due);
        harness.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, harness.Count("review", JournalEvents.TaskOverdue));
    }
}
