namespace WorkflowTalent.Server.Tasks;

/// <summary>An official's stand-in for a period: <c>userName</c> is away, <c>substituteUserName</c> acts on their tasks.</summary>
public sealed record Substitute(string Id, string UserName, string SubstituteUserName, DateTimeOffset From, DateTimeOffset To, bool IsActive);

public sealed record SubstituteRequest(string? SubstituteUserName, DateTimeOffset From, DateTimeOffset To);
