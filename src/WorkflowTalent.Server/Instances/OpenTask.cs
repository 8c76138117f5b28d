using WorkflowTalent.Persistence.HumanTasks;

namespace WorkflowTalent.Server.Instances;

/// <summary>A task of the case still waiting for someone: whose role and scope, who holds it, by when.</summary>
public sealed record OpenTask(string Id, string ActivityId, string Title, string Role, string? Scope, string? Assignee, DateTimeOffset? Due, bool IsOverdue)
{
    public static OpenTask From(TaskRecord task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new(task.Id, task.ActivityId, task.Title, task.Role, task.Scope, task.Assignee, task.Due, task.IsOverdue);
    }
}
