using System.Net.Mail;
using WorkflowTalent.Server.Identity;
using ValidationProblem = WorkflowTalent.Workflows.Validation.ValidationProblem;

namespace WorkflowTalent.Server.Users;

/// <summary>Which roles need a scope (R2.1): the policy's county, department and unit roles act only for their own.</summary>
internal static class UserRules
{
    /// <summary>The column length of user names, display names and scopes.</summary>
    public const int MaxLength = 200;

    public static IReadOnlySet<string> ScopedRoles { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        WorkflowRoles.CountyOrganization, WorkflowRoles.CompetentDepartment, WorkflowRoles.ReceivingUnit, WorkflowRoles.ReceivingUnitHr, WorkflowRoles.OriginalUnit,
    };

    public static List<ValidationProblem> Check(CreateUserRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(request.UserName))
            problems.Add(new("userName", "is required"));
        else if (request.UserName.Length > MaxLength)
            problems.Add(new("userName", $"is longer than {MaxLength} characters"));
        if (string.IsNullOrWhiteSpace(request.Email) || !MailAddress.TryCreate(request.Email, out _))
            problems.Add(new("email", "is an e-mail address, where the service sends the user's notices"));
        if (string.IsNullOrEmpty(request.Password))
            problems.Add(new("password", "is required"));
        problems.AddRange(CheckRolesAndScope(request.Role is null ? [] : [request.Role], request.Scope, "role", request.DisplayName));
        return problems;
    }

    public static List<ValidationProblem> Check(UpdateUserRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CheckRolesAndScope(request.Roles ?? [], request.Scope, "roles", request.DisplayName);
    }

    private static List<ValidationProblem> CheckRolesAndScope(IReadOnlyList<string> roles, string? scope, string rolesPath, string? displayName)
    {
        var problems = new List<ValidationProblem>();
        if (roles.Count == 0)
            problems.Add(new(rolesPath, $"is one of {string.Join(", ", WorkflowRoles.All)}"));
        var unknown = roles.Where(r => !WorkflowRoles.All.Contains(r)).ToList();
        foreach (var role in unknown)
            problems.Add(new(rolesPath, $"{role} is not a role; the roles are {string.Join(", ", WorkflowRoles.All)}"));

        var scoped = roles.Where(ScopedRoles.Contains).ToList();
        if (scoped.Count > 0 && string.IsNullOrWhiteSpace(scope))
            problems.Add(new("scope", $"is required for {string.Join(", ", scoped)}: the county, unit or department the official acts for"));
        // A scope on a city-wide role would hide from it every task scoped elsewhere.
        if (scoped.Count == 0 && roles.Count > 0 && unknown.Count == 0 && !string.IsNullOrWhiteSpace(scope))
            problems.Add(new("scope", $"applies only to {string.Join(", ", ScopedRoles)}; {string.Join(", ", roles)} act city-wide"));
        if (scope is { Length: > MaxLength })
            problems.Add(new("scope", $"is longer than {MaxLength} characters"));
        if (displayName is { Length: > MaxLength })
            problems.Add(new("displayName", $"is longer than {MaxLength} characters"));
        return problems;
    }
}
