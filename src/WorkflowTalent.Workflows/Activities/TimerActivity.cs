using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>Leaves by Done on every tick of an interval, and keeps ticking.</summary>
public sealed class TimerActivity : Activity
{
    private static readonly ActivityResult Tick = new ActivityResult.Continue([Ports.Done]);

    public override string Type => "Elsa.Timer";

    public override IReadOnlyList<InputDescriptor> Inputs { get; } = [new("interval", InputKind.Duration, Required: true)];

    public override ActivityResult Execute(ActivityContext context)
    {
        var interval = context.Duration("interval");
        if (interval.IsZero)
            throw new ActivityFaultException("input 'interval' must be longer than zero");
        context.OpenBookmark(BookmarkKind.Timer, interval.AddTo(context.Now), recurrence: interval.ToString());
        return ActivityResult.Wait;
    }

    public override ActivityResult Resume(ActivityContext context, Bookmark bookmark, ResumeSignal signal)
    {
        context.Journal(context.Entry(JournalEvents.TimerFired));
        // The next tick counts from the one due, not from when it fired, so ticks do not drift.
        var previous = bookmark.Due ?? context.Now;
        context.Reschedule(bookmark, WorkflowDuration.Parse(bookmark.Recurrence!).AddTo(previous));
        return Tick;
    }

    /// <summary>Waits on a timer until <paramref name="due"/>; a moment already past completes at once.</summary>
    internal static ActivityResult WaitUntil(ActivityContext context, DateTimeOffset due)
    {
        if (due <= context.Now)
            return ActivityResult.Done;
        context.OpenBookmark(BookmarkKind.Timer, due);
        return ActivityResult.Wait;
    }

    internal static ActivityResult Fired(ActivityContext context)
    {
        context.Journal(context.Entry(JournalEvents.TimerFired));
        return ActivityResult.Done;
    }
}
