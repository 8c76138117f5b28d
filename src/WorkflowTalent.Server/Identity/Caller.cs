using System.Security.Claims;

namespace WorkflowTalent.Server.Identity;

/// <summary>Who is asking: user name, roles and scope, read once from the signed-in principal.</summary>
public sealed record Caller(string UserName, IReadOnlySet<string> Roles, string? Scope)
{
    public bool IsAdministrator => Roles.Contains(WorkflowRoles.Administrator);

    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>The policy's test for a task or a case step: the role, and the scope where the step has one.</summary>
    public bool Holds(string role, string? scope) =>
        Roles.Contains(role) && (string.IsNullOrEmpty(scope) || string.Equals(scope, Scope, StringComparison.Ordinal));

    public static Caller From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var name = principal.Identity?.Name ?? throw new InvalidOperationException("the request is not signed in");
        var roles = principal.FindAll(principal.Identities.First().RoleClaimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var scope = principal.FindFirst(WorkflowClaims.Scope)?.Value;
        // A trainee's tasks (the summary, R14.1) are scoped to the trainee: their own user name is their scope.
        if (string.IsNullOrEmpty(scope) && roles.Contains(WorkflowRoles.Trainee))
            scope = name;
        return new Caller(name, roles, string.IsNullOrEmpty(scope) ? null : scope);
    }
}
