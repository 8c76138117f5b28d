namespace WorkflowTalent.Persistence.HumanTasks;

public enum TaskAction
{
    Created,
    Claimed,
    Released,
    Delegated,
    Resolved,
    Reassigned,
    Commented,
    PriorityChanged,
    FollowUpChanged,
    Reminded,
    Overdue,
    Escalated,
    Completed,
    Cancelled,
}
