using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Persistence.Mail;
using WorkflowTalent.Persistence.Tests.Support;
using WorkflowTalent.Persistence.Timers;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Persistence.Tests;

/// <summary>
/// The engine through <c>WorkflowHost</c> on <see cref="EfWorkflowStore"/>, on a real, migrated database:
/// each step commits its instance, task, timer, journal and mail rows together, or nothing.
/// One derived class per provider.
/// </summary>
public abstract class EfWorkflowStoreFacts : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 9, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly Actor Wang = new(ApprovalDefinition.Role, ApprovalDefinition.Scope, User: "wang");

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly WorkflowRuntime _runtime;
    private DbContextOptions<WorkflowDbContext>? _options;

    protected EfWorkflowStoreFacts() => _runtime = new WorkflowRuntime(_clock);

    protected abstract string Provider { get; }

    /// <summary>An empty database of its own for this test; its connection string.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        _options = WorkflowDbOptions.Create(Provider, await CreateDatabaseAsync());
        using var scope = Open();
        scope.Db.Database.Migrate();
        scope.Store.AddDefinition(ApprovalDefinition.Json, DefinitionStatus.Published);
        scope.Store.AddDefinition(WaiterDefinition.Json, DefinitionStatus.Published);
        scope.Db.SaveChanges();
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Start_StoresTheWaitingInstance_ItsOpenTask_ItsEscalationTimer_AndItsJournal()
    {
        var started = StartApproval();

        using var db = NewContext();
        var instance = db.Instances.Single();
        Assert.Equal((started.Instance.Id, WorkflowStatus.Waiting, 1), (instance.Id, instance.Status, instance.Revision));
        Assert.DoesNotContain("\"journal\"", instance.StateJson, StringComparison.Ordinal);
        var task = db.Tasks.Single();
        Assert.Equal(
            (HumanTaskStatus.Open, ApprovalDefinition.Role, ApprovalDefinition.Scope, "approve", (DateTimeOffset?)Start.AddDays(3)),
            (task.Status, task.Role, task.Scope, task.ActivityId, task.Due));
        var timer = db.Timers.Single();
        Assert.Equal((task.Id, TimerState.Pending, Start.AddDays(3)), (timer.Id, timer.State, timer.Due));
        Assert.Equal(TimeSpan.Zero, timer.Due.Offset);
        var journal = db.Journal.OrderBy(j => j.Sequence).ToList();
        Assert.Equal(Enumerable.Range(1, started.Journal.Count), journal.Select(j => j.Sequence));
        Assert.Equal(started.Journal.Select(InstanceSerializer.Serialize), journal.Select(j => j.EntryJson));
        Assert.Equal(JournalEvents.Started, journal[0].Event);
        Assert.Empty(db.OutboxMails);
    }

    [Fact]
    public void CompleteTask_InANewContext_CompletesTheTask_CancelsTheTimer_QueuesTheMail_AndFinishes()
    {
        var instanceId = StartApproval().Instance.Id;
        int journalBefore;
        using (var db = NewContext())
            journalBefore = db.Journal.Count();
        _clock.Advance(TimeSpan.FromHours(2));

        using (var scope = Open())
            scope.Committer.Commit(() => scope.Host.CompleteTask(instanceId, "approve", Approve()));

        using var check = NewContext();
        var instance = check.Instances.Single();
        Assert.Equal((WorkflowStatus.Finished, 2), (instance.Status, instance.Revision));
        Assert.NotNull(instance.EndedAt);
        var task = check.Tasks.Single();
        Assert.Equal(
            (HumanTaskStatus.Completed, "Approve", "wang", (DateTimeOffset?)Start.AddHours(2), "同意"),
            (task.Status, task.Outcome, task.CompletedBy, task.CompletedAt, task.Comment));
        Assert.Equal(TimerState.Cancelled, check.Timers.Single().State);
        var mail = check.OutboxMails.Single();
        Assert.Equal((OutboxMailStatus.Pending, ApprovalDefinition.Subject, "li@example.cn", instanceId), (mail.Status, mail.Subject, mail.To, mail.InstanceId));
        var journal = check.Journal.OrderBy(j => j.Sequence).ToList();
        Assert.True(journal.Count > journalBefore);
        Assert.Equal(Enumerable.Range(1, journal.Count), journal.Select(j => j.Sequence));
        Assert.Contains(journal.Skip(journalBefore), j => j.Event == JournalEvents.TaskCompleted);
        Assert.Equal(JournalEvents.Finished, journal[^1].Event);
    }

    [Fact]
    public void AStep_SavedWithoutTheCommitter_StillStoresItsJournal_InSaveChangesOwnTransaction()
    {
        using var scope = Open();
        var started = scope.Host.Start(ApprovalDefinition.DefinitionId);
        scope.Db.SaveChanges();

        using var check = NewContext();
        var journal = check.Journal.Where(j => j.InstanceId == started.Instance.Id).OrderBy(j => j.Sequence).ToList();
        Assert.Equal(started.Journal.Select(InstanceSerializer.Serialize), journal.Select(j => j.EntryJson));
        Assert.Equal(started.Journal.Count, check.Instances.Single(i => i.Id == started.Instance.Id).JournalLength);
    }

    [Fact]
    public void TwoSteps_InOneScope_TheSecondUpdatesTheRowsTheFirstWrote()
    {
        // The first step's rows are written by NewRowWriter and then tracked as stored: the second step's changes to
        // them must become UPDATEs (the instance's revision check included), not inserts or nothing.
        using (var scope = Open())
        {
            var instanceId = scope.Committer.Commit(() => scope.Host.Start(ApprovalDefinition.DefinitionId)).Instance.Id;
            _clock.Advance(TimeSpan.FromHours(1));
            scope.Committer.Commit(() => scope.Host.CompleteTask(instanceId, "approve", Approve()));
        }

        using var check = NewContext();
        var instance = check.Instances.Single();
        Assert.Equal((WorkflowStatus.Finished, 2), (instance.Status, instance.Revision));
        Assert.Equal((HumanTaskStatus.Completed, "wang"), (check.Tasks.Single().Status, check.Tasks.Single().CompletedBy));
        Assert.Equal(TimerState.Cancelled, check.Timers.Single().State);
        Assert.Equal([TaskAction.Created, TaskAction.Completed], check.TaskHistory.OrderBy(h => h.Id).Select(h => h.Action).ToList());
        Assert.Equal(Enumerable.Range(1, instance.JournalLength), check.Journal.OrderBy(j => j.Sequence).Select(j => j.Sequence));
    }

    [Fact]
    public void ANewRowThatCollidesWithAStoredOne_FailsTheStep_AsAFailedSave_AndStoresNothingOfIt()
    {
        StartApproval();
        string timerId;
        using (var db = NewContext())
            timerId = db.Timers.Single().Id;

        using (var scope = Open())
        {
            var failure = Assert.Throws<DbUpdateException>(() => scope.Committer.Commit(() =>
            {
                scope.Host.Start(ApprovalDefinition.DefinitionId);
                scope.Db.Timers.Add(new TimerRecord { Id = timerId, InstanceId = "someone-else", Due = Start, State = TimerState.Pending });
            }));
            Assert.IsAssignableFrom<System.Data.Common.DbException>(failure.InnerException);
        }

        using var check = NewContext();
        Assert.Equal((1, 1, 1), (check.Instances.Count(), check.Tasks.Count(), check.Timers.Count()));
    }

    [Fact]
    public void CompleteTask_Twice_Concurrently_OneWins_TheOtherIsRefusedAsAConflict_AndStoresNothing()
    {
        var instanceId = StartApproval().Instance.Id;
        using var first = Open();
        using var second = Open();
        // Both have read the instance while its task was open.
        first.Store.Find(instanceId);
        second.Store.Find(instanceId);

        first.Committer.Commit(() => first.Host.CompleteTask(instanceId, "approve", Approve()));
        var refused = Assert.Throws<WorkflowRefusedException>(() =>
            second.Committer.Commit(() => second.Host.CompleteTask(instanceId, "approve", Approve() with { Outcome = "Reject", By = Wang with { User = "zhao" } })));

        Assert.Equal(RefusalReason.Conflict, refused.Reason);
        Assert.Contains("changed by another step", refused.Message, StringComparison.Ordinal);
        using var check = NewContext();
        var task = check.Tasks.Single();
        Assert.Equal(("Approve", "wang"), (task.Outcome, task.CompletedBy));
        Assert.Equal(2, check.Instances.Single().Revision);
        Assert.Single(check.OutboxMails);
        Assert.Single(check.Journal, j => j.Event == JournalEvents.TaskCompleted);
    }

    [Fact]
    public void CompleteTask_Retried_AfterLosingTheRace_IsRefusedAsAConflict_ForTheTaskIsNoLongerOpen()
    {
        var instanceId = StartApproval().Instance.Id;
        using var first = Open();
        using var second = Open();
        second.Store.Find(instanceId);

        first.Committer.Commit(() => first.Host.CompleteTask(instanceId, "approve", Approve()));
        var refused = Assert.Throws<WorkflowRefusedException>(() =>
            second.Committer.Commit(() => second.Host.CompleteTask(instanceId, "approve", Approve()), retries: 2));

        Assert.Equal(RefusalReason.Conflict, refused.Reason);
        using var check = NewContext();
        Assert.Single(check.OutboxMails);
    }

    [Fact]
    public void RefusedStep_StoresNothing()
    {
        var instanceId = StartApproval().Instance.Id;
        int journalBefore;
        using (var db = NewContext())
            journalBefore = db.Journal.Count();

        using (var scope = Open())
        {
            var refused = Assert.Throws<WorkflowRefusedException>(() =>
                scope.Committer.Commit(() => scope.Host.CompleteTask(instanceId, "approve", Approve() with { Outcome = "Shrug" })));
            Assert.Equal(RefusalReason.Invalid, refused.Reason);
        }

        using var check = NewContext();
        var instance = check.Instances.Single();
        Assert.Equal((WorkflowStatus.Waiting, 1), (instance.Status, instance.Revision));
        Assert.Equal(HumanTaskStatus.Open, check.Tasks.Single().Status);
        Assert.Equal(TimerState.Pending, check.Timers.Single().State);
        Assert.Equal(journalBefore, check.Journal.Count());
        Assert.Empty(check.OutboxMails);
    }

    [Fact]
    public void TheSweep_FindsTheTimerDue_AndFiringItCancelsTheTask_AndMarksTheTimerFired()
    {
        var instanceId = StartApproval().Instance.Id;
        _clock.Advance(TimeSpan.FromDays(3));

        using (var scope = Open())
        {
            Assert.Empty(scope.Store.DueTimers(_clock.GetUtcNow().AddTicks(-1), 10));
            var due = Assert.Single(scope.Store.DueTimers(_clock.GetUtcNow(), 10));
            scope.Committer.Commit(() =>
            {
                scope.Store.MarkFired(due, _clock.GetUtcNow());
                scope.Host.FireTimer(due.InstanceId, due.Id);
            });
        }

        using var check = NewContext();
        Assert.Equal((instanceId, WorkflowStatus.Finished), (check.Instances.Single().Id, check.Instances.Single().Status));
        var task = check.Tasks.Single();
        Assert.Equal((HumanTaskStatus.Cancelled, "Timeout"), (task.Status, task.CancelReason));
        Assert.Equal(TimerState.Fired, check.Timers.Single().State);
        Assert.Empty(check.OutboxMails);
    }

    [Fact]
    public void Publish_ResumesOnlyTheInstanceOfThatCorrelation_AndDropsItsEventWait()
    {
        string StartWaiter(string correlationId)
        {
            using var scope = Open();
            return scope.Committer.Commit(() => scope.Host.Start(WaiterDefinition.DefinitionId, correlationId: correlationId)).Instance.Id;
        }

        var li = StartWaiter("li");
        var zhao = StartWaiter("zhao");
        using (var db = NewContext())
            Assert.Equal(["li", "zhao"], db.EventWaits.Where(w => w.EventName == WaiterDefinition.EventName).OrderBy(w => w.CorrelationId).Select(w => w.CorrelationId!).ToList());

        using (var scope = Open())
        {
            var steps = scope.Committer.Commit(() => scope.Host.Publish(new PublishedEvent(WaiterDefinition.EventName, "li", null)));
            Assert.Equal(li, Assert.Single(steps).Instance.Id);
        }

        using var check = NewContext();
        Assert.Equal(WorkflowStatus.Finished, check.Instances.Single(i => i.Id == li).Status);
        Assert.Equal(WorkflowStatus.Waiting, check.Instances.Single(i => i.Id == zhao).Status);
        Assert.Equal(zhao, check.EventWaits.Single().InstanceId);
    }

    protected StepResult StartApproval()
    {
        using var scope = Open();
        return scope.Committer.Commit(() => scope.Host.Start(ApprovalDefinition.DefinitionId));
    }

    protected static ResumeSignal.TaskCompletion Approve() => new("Approve", null, "同意", Wang);

    private protected StepScope Open() => new(NewContext(), _runtime, _clock);

    protected WorkflowDbContext NewContext() => new(_options ?? throw new InvalidOperationException("the database is not created yet"));
}
