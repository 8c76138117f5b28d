namespace WorkflowTalent.Web.Api;

// What the UI reads from the definitions API (GET /api/definitions/{id}), field for field as the service writes
// them (DefinitionDetail, DefinitionVersionSummary); statuses arrive as their names.

/// <summary>A definition with every version, newest first.</summary>
public sealed record DefinitionVersions(string DefinitionId, string? Name, IReadOnlyList<DefinitionVersionRow> Versions);

/// <summary>One version without its JSON: status (Draft, Published, Retired), dates, and its running cases.</summary>
public sealed record DefinitionVersionRow(
    string Id,
    string DefinitionId,
    int Version,
    string Status,
    string? Name,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? RetiredAt,
    string? ChangedBy,
    int RunningInstances);
