namespace WorkflowTalent.Server.Users;

/// <summary>A new user with one role; <see cref="Scope"/> is the county, unit or department a scoped role acts for.</summary>
public sealed record CreateUserRequest(string? UserName, string? DisplayName, string? Email, string? Password, string? Role, string? Scope);
