namespace WorkflowTalent.Web.Api;

// What the case page reads from the instances API (GET /api/instances/{id} and its journal), field for field as the
// service writes them (InstanceDetails, OpenTask, the engine's JournalEntry); statuses arrive as their names.

/// <summary>One case: its definition version, status and dates, and the tasks still waiting in it.</summary>
public sealed record CaseDetails(
    string Id,
    string DefinitionId,
    int DefinitionVersion,
    string Status,
    string? Name,
    string? CorrelationId,
    string? StartedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? EndedAt,
    string? FaultMessage,
    IReadOnlyList<CaseOpenTask> OpenTasks);

/// <summary>The plan's application a case belongs to (its correlation id), as far as the case page names it.</summary>
public sealed record CaseApplication(string Id, string TraineeName);

/// <summary>A task of the case still waiting for someone of <see cref="Role"/> in <see cref="Scope"/>.</summary>
public sealed record CaseOpenTask(string Id, string ActivityId, string Title, string Role, string? Scope, string? Assignee, DateTimeOffset? Due, bool IsOverdue, bool CanOpen);

/// <summary>
/// One line of the case's journal as the engine wrote it: <see cref="Event"/> says what happened at
/// <see cref="Activity"/>; the other fields are set per event (docs/engine.md, Journal).
/// </summary>
public sealed record CaseJournalEntry
{
    public required DateTimeOffset Time { get; init; }
    public required string Activity { get; init; }
    public required string Type { get; init; }
    public required string Event { get; init; }
    public string? Port { get; init; }
    public string? Text { get; init; }
    public string? Message { get; init; }
    public string? Role { get; init; }
    public string? Scope { get; init; }
    public string? Title { get; init; }
    public string? Due { get; init; }
    public string? Outcome { get; init; }
    public string? By { get; init; }
    public string? Reason { get; init; }
    public string? Name { get; init; }
    public string? To { get; init; }
    public string? Subject { get; init; }
}
