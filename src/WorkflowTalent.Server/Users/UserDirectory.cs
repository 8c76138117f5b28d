using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;

namespace WorkflowTalent.Server.Users;

/// <summary>Reads users with their roles in two queries, selecting only the columns an administrator may see.</summary>
internal sealed class UserDirectory(WorkflowDbContext db)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(string? userName, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (userName is not null)
            users = users.Where(u => u.UserName == userName);
        var rows = await users.OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.Email, u.Scope })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where ids.Contains(userRole.UserId)
                           select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var rolesOf = roles.ToLookup(r => r.UserId, r => r.Name!);
        return [.. rows.Select(r => new UserSummary(r.UserName!, r.DisplayName, r.Email, [.. rolesOf[r.Id].Order(StringComparer.Ordinal)], r.Scope))];
    }

    public async Task<UserSummary?> FindAsync(string userName, CancellationToken cancellationToken) =>
        (await ListAsync(userName, cancellationToken)).SingleOrDefault();

    public Task<int> CountInRoleAsync(string roleName, CancellationToken cancellationToken) =>
        (from userRole in db.UserRoles
         join role in db.Roles on userRole.RoleId equals role.Id
         where role.Name == roleName
         select userRole.UserId).CountAsync(cancellationToken);
}
