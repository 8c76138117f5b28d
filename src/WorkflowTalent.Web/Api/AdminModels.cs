namespace WorkflowTalent.Web.Api;

// What the administrators' pages read from /api/instances, /api/users and /api/outbox, field for field as the service
// writes them (WorkflowTalent.Server.Instances, .Users, .Notifications.OutboxApi); enums arrive as their names.

public sealed record CaseRow(
    string Id, string DefinitionId, int DefinitionVersion, string Status, string? Name, string? CorrelationId, string? StartedBy,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? EndedAt)
{
    /// <summary>Only a case still going can be cancelled or moved to another version.</summary>
    public bool IsOpen => Status is "Running" or "Waiting";
}

public sealed record CasePage(IReadOnlyList<CaseRow> Items, int Total, int Page, int PageSize);

/// <summary>The cases list's filter: a definition, one of its versions, a status; null is "any".</summary>
public sealed record CaseFilter(string? DefinitionId, int? Version, string? Status);

public sealed record MigrationMove(string What, string FromActivity, string ToActivity);

/// <summary>What migrating one case would do, or why it cannot move.</summary>
public sealed record MigrationPreview(string InstanceId, int? FromVersion, int ToVersion, bool CanApply, IReadOnlyList<MigrationMove> Moves, IReadOnlyList<string> Problems);

public sealed record MigrationPreviewReport(IReadOnlyList<MigrationPreview> Instances);

/// <summary>What migrating one case did: <c>Migrated</c>, or <c>Refused</c> with the reason (the case is unchanged).</summary>
public sealed record MigrationOutcome(string InstanceId, string Result, int? FromVersion, int ToVersion, string? Reason);

public sealed record MigrationReport(int Migrated, int Refused, IReadOnlyList<MigrationOutcome> Instances);

public sealed record UserRow(string UserName, string? DisplayName, string? Email, IReadOnlyList<string> Roles, string? Scope);

/// <summary>A user being created or edited on the users page; the password only when creating.</summary>
public sealed class UserDraft
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public string Role { get; set; } = "";
    public string Scope { get; set; } = "";
}

public sealed record OutboxMailRow(
    string Id, string? InstanceId, string To, string Subject, string Status, int Attempts, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? SentAt);
