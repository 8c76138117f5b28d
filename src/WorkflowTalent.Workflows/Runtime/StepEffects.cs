namespace WorkflowTalent.Workflows.Runtime;

/// <summary>
/// What a step did beyond the instance's own state, for the host to apply in the same transaction:
/// bookmarks opened and closed (tasks, timers, event waits), timers re-armed, mails, events, children.
/// </summary>
public sealed class StepEffects
{
    public List<Bookmark> Opened { get; } = [];
    public List<ClosedBookmark> Closed { get; } = [];

    /// <summary>Bookmarks still open whose timer changed (re-armed, or cleared when a task went overdue).</summary>
    public List<Bookmark> Rescheduled { get; } = [];

    public List<TaskCompleted> TasksCompleted { get; } = [];
    public List<MailMessage> Mails { get; } = [];
    public List<PublishedEvent> Events { get; } = [];
    public List<ChildRequest> Children { get; } = [];
}

/// <summary>A bookmark that closed: resumed, or cancelled with a reason.</summary>
public sealed record ClosedBookmark(Bookmark Bookmark, bool Cancelled, string? Reason);

public sealed record TaskCompleted(Bookmark Bookmark, ResumeSignal.TaskCompletion Completion, DateTimeOffset At);
