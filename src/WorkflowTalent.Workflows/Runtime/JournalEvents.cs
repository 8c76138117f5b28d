namespace WorkflowTalent.Workflows.Runtime;

/// <summary>The journal's event names.</summary>
public static class JournalEvents
{
    public const string Started = "Started";
    public const string Finished = "Finished";
    public const string Faulted = "Faulted";
    public const string Cancelled = "Cancelled";
    public const string Completed = "Completed";
    public const string Output = "Output";
    public const string TaskCreated = "TaskCreated";
    public const string TaskCompleted = "TaskCompleted";
    public const string TaskOverdue = "TaskOverdue";
    public const string TaskCancelled = "TaskCancelled";
    public const string TimerScheduled = "TimerScheduled";
    public const string TimerFired = "TimerFired";
    public const string EventReceived = "EventReceived";
    public const string EventPublished = "EventPublished";
    public const string EmailQueued = "EmailQueued";
    public const string ChildStarted = "ChildStarted";
    public const string ChildEnded = "ChildEnded";

    /// <summary>A child could not be started (no published definition); <c>name</c> is the definition id.</summary>
    public const string ChildFailed = "ChildFailed";

    /// <summary>An alteration was applied; <c>name</c> says which (SetVariable, CancelActivity, ScheduleActivity, Migrate).</summary>
    public const string Altered = "Altered";
}
