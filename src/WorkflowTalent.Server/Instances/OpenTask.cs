using WorkflowTalent.Persistence.HumanTasks;

namespace WorkflowTalent.Server.Instances;

/// <summary>
/// A task of the case still waiting for someone: whose role and scope, who holds it, by when — and whether the caller
/// may open it (a county official sees the case's task for the receiving unit's HR, but may not open it).
/// </summary>
public sealed record OpenTask(string Id, string ActivityId, string Title, string Role, string? Scope, string? Assignee, DateTimeOffset? Due, bool IsOverdue, bool CanOpen)
{
    public static OpenTask From(TaskRecord task, bool canOpen)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new(task.Id, task.ActivityId, task.Title, task.Role, task.Scope, task.Assignee, task.Due, task.IsOverdue, canOpen);
    }
}
