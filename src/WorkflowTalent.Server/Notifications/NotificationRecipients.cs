using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Persistence.Users;

namespace WorkflowTalent.Server.Notifications;

/// <summary>Who a notification goes to: the officials who hold a task (its assignee, or its role within its scope), or a rule's target.</summary>
public sealed class NotificationRecipients(WorkflowDbContext db)
{
    /// <summary>The assignee, if the task has one; otherwise everyone of its role and scope. Users without an e-mail address are left out.</summary>
    public async Task<IReadOnlyList<WorkflowUser>> HoldersAsync(TaskRecord task, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.Assignee is { } assignee)
            return await db.Users.AsNoTracking().Where(u => u.UserName == assignee && u.Email != null).ToListAsync(cancellationToken);
        return await InRoleAsync(task.Role, task.Scope, cancellationToken);
    }

    /// <summary>A rule's <c>to</c>: the users of that role (within <paramref name="scope"/> when given), or the user of that name.</summary>
    public async Task<IReadOnlyList<WorkflowUser>> TargetAsync(string to, string? scope, CancellationToken cancellationToken = default)
    {
        // City-wide officials of the role (no scope of their own) are always included: the Municipal Organisation
        // Department supervises every county's tasks.
        if (await db.Roles.AnyAsync(r => r.Name == to, cancellationToken))
            return [.. (await InRoleAsync(to, null, cancellationToken)).Where(u => u.Scope is null || u.Scope == scope)];
        return await db.Users.AsNoTracking().Where(u => u.UserName == to && u.Email != null).ToListAsync(cancellationToken);
    }

    /// <summary>Users of <paramref name="role"/>, and of <paramref name="scope"/> unless it is null (a city-wide step).</summary>
    public Task<List<WorkflowUser>> InRoleAsync(string role, string? scope, CancellationToken cancellationToken = default) =>
        (from user in db.Users.AsNoTracking()
         join userRole in db.UserRoles on user.Id equals userRole.UserId
         join r in db.Roles on userRole.RoleId equals r.Id
         where r.Name == role && user.Email != null && (scope == null || user.Scope == scope)
         orderby user.UserName
         select user).ToListAsync(cancellationToken);

    /// <summary>Each instance's name for people: its own name, else its definition's, else the definition id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> CaseNamesAsync(IEnumerable<string> instanceIds, CancellationToken cancellationToken = default)
    {
        var ids = instanceIds.Distinct(StringComparer.Ordinal).ToList();
        var rows = await (from instance in db.Instances.AsNoTracking()
                          where ids.Contains(instance.Id)
                          join definition in db.Definitions on new { instance.DefinitionId, Version = instance.DefinitionVersion } equals new { definition.DefinitionId, definition.Version } into versions
                          from definition in versions.DefaultIfEmpty()
                          select new { instance.Id, instance.Name, DefinitionName = definition == null ? null : definition.Name, instance.DefinitionId })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => r.Name ?? r.DefinitionName ?? r.DefinitionId, StringComparer.Ordinal);
    }
}
