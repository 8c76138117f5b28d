namespace WorkflowTalent.Server.Tasks;

/// <summary>A named inbox query; a shared one is seen by everyone of its role and scope.</summary>
public sealed record SavedFilter(string Id, string Name, string Owner, string Role, string? Scope, bool Shared, InboxQuery Query, DateTimeOffset CreatedAt);

/// <summary>Saves the inbox query as <c>name</c>; <c>role</c> defaults to the caller's only role (or first, by name).</summary>
public sealed record SaveFilterRequest(string? Name, InboxQuery? Query, bool Shared = false, string? Role = null);
