namespace WorkflowTalent.Server.Users;

/// <summary>The new password an administrator sets; checked against the password policy, never stored or logged as given.</summary>
public sealed record ResetPasswordRequest(string? Password);
