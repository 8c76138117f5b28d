using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Persistence.Instances;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Access;

/// <summary>
/// What one caller may see: tasks of the roles they hold within their scope, tasks assigned to or owned by them
/// or by an official they stand in for as a substitute, and the cases those tasks belong to or that they started.
/// Administrators see every case; they act on no one's task. Anything else answers 404.
/// </summary>
public sealed record Access(Caller Caller, IReadOnlyList<string> StandingInFor)
{
    /// <summary>
    /// Who reads the plan's reference data, settings, batches and quotas: every official (quotas are public within
    /// the plan, R3.4) and administrators, not trainees.
    /// </summary>
    public static IReadOnlyList<string> PlanReaders { get; } = [.. WorkflowRoles.All.Where(r => r != WorkflowRoles.Trainee)];

    /// <summary>R2.1: the Municipal Organisation Department leads the plan: it opens batches and sets quotas, beside administrators.</summary>
    public static IReadOnlyList<string> PlanManagers { get; } = [WorkflowRoles.Administrator, WorkflowRoles.MunicipalOrganization];

    /// <summary>R6.1: the county Organisation Department registers its county's candidates; administrators any county's.</summary>
    public static IReadOnlyList<string> ApplicationRegistrars { get; } = [WorkflowRoles.Administrator, WorkflowRoles.CountyOrganization];

    /// <summary>The caller and the officials the caller stands in for today.</summary>
    public IReadOnlyList<string> People { get; } = [Caller.UserName, .. StandingInFor];

    public IQueryable<TaskRecord> Tasks(IQueryable<TaskRecord> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var roles = Caller.Roles.ToList();
        var scope = Caller.Scope;
        var people = People.ToList();
        return tasks.Where(t =>
            (roles.Contains(t.Role) && (t.Scope == null || t.Scope == scope))
            || (t.Assignee != null && people.Contains(t.Assignee))
            || (t.Owner != null && people.Contains(t.Owner)));
    }

    public IQueryable<InstanceRecord> Instances(IQueryable<InstanceRecord> instances, IQueryable<TaskRecord> tasks)
    {
        ArgumentNullException.ThrowIfNull(instances);
        if (Caller.IsAdministrator)
            return instances;
        var visibleTasks = Tasks(tasks);
        var me = Caller.UserName;
        return instances.Where(i => i.StartedBy == me || visibleTasks.Any(t => t.InstanceId == i.Id));
    }

    /// <summary>The same test as <see cref="Tasks"/>, for a task already loaded.</summary>
    public bool CanSee(TaskRecord task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return Caller.Holds(task.Role, task.Scope)
            || (task.Assignee is { } assignee && People.Contains(assignee))
            || (task.Owner is { } owner && People.Contains(owner));
    }

    /// <summary>
    /// Whether the caller may work on the task now (claim it, complete it): it is open, and it is theirs (or of an
    /// official they stand in for), or unassigned and of their role and scope.
    /// </summary>
    public bool CanWorkOn(TaskRecord task)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.Status != HumanTaskStatus.Open)
            return false;
        return task.Assignee is { } assignee ? People.Contains(assignee) : Caller.Holds(task.Role, task.Scope);
    }
}
