namespace WorkflowTalent.Persistence.HumanTasks;

/// <summary>A human task as the inbox lists it; kept open, completed or cancelled as the instance's steps report it.</summary>
public sealed class TaskRecord
{
    /// <summary>The task's bookmark id.</summary>
    public required string Id { get; set; }
    public required string InstanceId { get; set; }
    public required string ActivityId { get; set; }
    public required string Title { get; set; }
    public required string Role { get; set; }
    public string? Scope { get; set; }
    public string? Assignee { get; set; }
    public HumanTaskStatus Status { get; set; }
    public int Priority { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? Due { get; set; }
    public bool IsOverdue { get; set; }
    public string? FormJson { get; set; }
    public string? Outcome { get; set; }
    public string? DataJson { get; set; }
    public string? Comment { get; set; }
    public string? CompletedBy { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? CancelReason { get; set; }
}
