namespace WorkflowTalent.Persistence.HumanTasks;

/// <summary>
/// A human task as the inbox lists it. The engine opens, completes and cancels it; officials claim, delegate,
/// reassign and comment on it through the service; every change is a <see cref="TaskHistoryRecord"/>.
/// </summary>
public sealed class TaskRecord
{
    /// <summary>The task's bookmark id.</summary>
    public required string Id { get; set; }
    public required string InstanceId { get; set; }

    /// <summary>The definition the instance runs, so the inbox can filter by process without a join.</summary>
    public string? DefinitionId { get; set; }
    public required string ActivityId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public required string Role { get; set; }
    public string? Scope { get; set; }

    /// <summary>The official working on it (claimed or assigned); null while anyone of the role and scope may take it.</summary>
    public string? Assignee { get; set; }

    /// <summary>Who delegated it and gets it back on resolve; null unless delegated.</summary>
    public string? Owner { get; set; }
    public DelegationState Delegation { get; set; }
    public HumanTaskStatus Status { get; set; }

    /// <summary>0 normal; higher is more urgent.</summary>
    public int Priority { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? Due { get; set; }

    /// <summary>When the official means to look at it again; beside, not instead of, the due date.</summary>
    public DateTimeOffset? FollowUp { get; set; }
    public bool IsOverdue { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }

    /// <summary>When the before-due reminder went out; null until then, so it goes out once.</summary>
    public DateTimeOffset? RemindedAt { get; set; }

    /// <summary>When the service's deadline action (escalation or reassignment) ran; null until then, so it runs once.</summary>
    public DateTimeOffset? EscalatedAt { get; set; }

    /// <summary>The outcomes the task offers, as a JSON array of strings.</summary>
    public string? OutcomesJson { get; set; }
    public string? FormJson { get; set; }
    public string? Outcome { get; set; }
    public string? DataJson { get; set; }
    public string? Comment { get; set; }
    public string? CompletedBy { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? CancelReason { get; set; }
}
