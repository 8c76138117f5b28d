namespace WorkflowTalent.Server.Users;

/// <summary>Replaces the user's display name, roles and scope (all three: an omitted scope or name is cleared).</summary>
public sealed record UpdateUserRequest(string? DisplayName, IReadOnlyList<string>? Roles, string? Scope);
