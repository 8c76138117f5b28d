namespace WorkflowTalent.Server.Users;

/// <summary>A user as administrators see them: no password hash, security stamp or phone number ever leaves the service.</summary>
public sealed record UserSummary(string UserName, string? DisplayName, string? Email, IReadOnlyList<string> Roles, string? Scope);
