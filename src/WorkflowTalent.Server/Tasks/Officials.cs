using Microsoft.AspNetCore.Identity;
using WorkflowTalent.Persistence.Users;

namespace WorkflowTalent.Server.Tasks;

/// <summary>Answers who may receive a task or stand in for an official: the Identity users, their roles and scope.</summary>
public sealed class Officials(UserManager<WorkflowUser> users)
{
    public async Task<WorkflowUser?> FindAsync(string? userName) =>
        string.IsNullOrWhiteSpace(userName) ? null : await users.FindByNameAsync(userName.Trim());

    public async Task<IList<string>> RolesAsync(WorkflowUser user) => await users.GetRolesAsync(user);

    /// <summary>The policy's test for who may act on a step: the role, and the scope where the step has one.</summary>
    public async Task<bool> HoldsAsync(WorkflowUser user, string role, string? scope)
    {
        ArgumentNullException.ThrowIfNull(user);
        return (await users.GetRolesAsync(user)).Contains(role, StringComparer.Ordinal)
            && (string.IsNullOrEmpty(scope) || string.Equals(user.Scope, scope, StringComparison.Ordinal));
    }

    /// <summary>The officials who hold <paramref name="role"/> within <paramref name="scope"/> (any scope when it is null), by user name.</summary>
    public async Task<List<WorkflowUser>> HoldersAsync(string role, string? scope) =>
        [.. (await users.GetUsersInRoleAsync(role))
            .Where(u => string.IsNullOrEmpty(scope) || string.Equals(u.Scope, scope, StringComparison.Ordinal))
            .OrderBy(u => u.UserName, StringComparer.Ordinal)];
}
