using WorkflowTalent.Persistence.HumanTasks;

namespace WorkflowTalent.Server.Tasks;

/// <summary>
/// The tasks of one status the caller may see: <see cref="Access.Access.Tasks"/>'s rule (a role within the caller's
/// scope or city-wide, assigned to or owned by the caller or whom they stand in for), written so that every branch
/// names the status and one exact scope. SQLite then answers each branch from its own index ((Role, Scope, Status,
/// Due), (Assignee, Status), (Owner, Status)) and unites the rows; with the status outside the branches it walked
/// every task of that status instead — 40,000 open tasks of 100,000, 200–600 ms per count (docs/benchmarks.md,
/// "Inbox first render in the browser").
/// </summary>
public static class VisibleTasks
{
    public static IQueryable<TaskRecord> WithStatus(Access.Access access, IQueryable<TaskRecord> tasks, HumanTaskStatus status)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(tasks);
        var roles = access.Caller.Roles.ToList();
        var people = access.People.ToList();
        if (access.Caller.Scope is not { } scope)
        {
            return tasks.Where(t =>
                (roles.Contains(t.Role) && t.Scope == null && t.Status == status)
                || (t.Assignee != null && people.Contains(t.Assignee) && t.Status == status)
                || (t.Owner != null && people.Contains(t.Owner) && t.Status == status));
        }

        return tasks.Where(t =>
            (roles.Contains(t.Role) && t.Scope == null && t.Status == status)
            || (roles.Contains(t.Role) && t.Scope == scope && t.Status == status)
            || (t.Assignee != null && people.Contains(t.Assignee) && t.Status == status)
            || (t.Owner != null && people.Contains(t.Owner) && t.Status == status));
    }
}
