using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence.Timers;

namespace WorkflowTalent.Persistence;

public sealed partial class EfWorkflowStore
{
    public void Schedule(string instanceId, string bookmarkId, DateTimeOffset due)
    {
        var row = FindTimerRow(instanceId, bookmarkId);
        if (row is null)
            _db.Timers.Add(row = new TimerRecord { Id = bookmarkId, InstanceId = instanceId });
        row.Due = due;
        row.State = TimerState.Pending;
        row.FiredAt = null;
    }

    /// <summary>A timer that closed without firing; one the sweep marked fired stays fired.</summary>
    public void Cancel(string instanceId, string bookmarkId)
    {
        if (FindTimerRow(instanceId, bookmarkId) is { State: TimerState.Pending } row)
            row.State = TimerState.Cancelled;
    }

    private TimerRecord? FindTimerRow(string instanceId, string bookmarkId) =>
        MayBeStored(instanceId, bookmarkId) ? _db.Timers.Find(bookmarkId) : Staged(_db.Timers, bookmarkId);

    /// <summary>
    /// Marks a timer the sweep read as fired, in the step that fires it, without reading its row again: the step
    /// has checked the instance still waits on it, and the instance's revision stops a second node firing it too.
    /// </summary>
    public void MarkFired(TimerRecord due, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(due);
        var row = Staged(_db.Timers, due.Id)
            ?? _db.Timers.Attach(new TimerRecord { Id = due.Id, InstanceId = due.InstanceId, Due = due.Due, State = TimerState.Pending }).Entity;
        row.State = TimerState.Fired;
        row.FiredAt = at;
    }

    /// <summary>Pending timers due at or before <paramref name="now"/>, soonest first, for the sweep.</summary>
    public IReadOnlyList<TimerRecord> DueTimers(DateTimeOffset now, int max) =>
        [.. _db.Timers.AsNoTracking().Where(t => t.State == TimerState.Pending && t.Due <= now).OrderBy(t => t.Due).Take(max)];
}
