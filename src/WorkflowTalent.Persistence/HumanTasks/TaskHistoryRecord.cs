namespace WorkflowTalent.Persistence.HumanTasks;

/// <summary>One change to a task, in order: who did what, when; comments are entries too.</summary>
public sealed class TaskHistoryRecord
{
    public long Id { get; set; }
    public required string TaskId { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The user, or "system" for the engine and the background jobs.</summary>
    public required string By { get; set; }
    public TaskAction Action { get; set; }

    /// <summary>What changed, for people: the new assignee, the outcome, the comment's text.</summary>
    public string? Detail { get; set; }
}
