namespace WorkflowTalent.Workflows.Runtime;

public enum BookmarkKind
{
    /// <summary>A human task waiting in the inbox.</summary>
    Task,

    /// <summary>A timer (Delay, StartAt, Timer, Cron).</summary>
    Timer,

    /// <summary>A wait for a published event.</summary>
    Event,

    /// <summary>A wait for a child instance (ExecuteWorkflow).</summary>
    Child,
}
