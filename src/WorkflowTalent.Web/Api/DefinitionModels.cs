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

/// <summary>A validator's problem: where (a JSON path such as <c>root.activities[3].connections[0].target</c>) and what.</summary>
public sealed record DefinitionProblem(string Path, string Message, bool IsError);

/// <summary>What saving the text as the draft would say (POST …/draft/validate): valid when no problem is an error.</summary>
public sealed record DraftCheck(bool IsValid, IReadOnlyList<DefinitionProblem> Problems);

/// <summary>A draft saved or published, or a version rolled back to: the version, and the warnings that did not block it.</summary>
public sealed record DraftSavedAnswer(DefinitionVersionRow Version, IReadOnlyList<DefinitionProblem> Problems);

/// <summary>How a simulation went (SimulationReport): the journal as <c>wt simulate</c> prints it, the output, failed expectations.</summary>
public sealed record SimulationOutcome(
    string? Status,
    bool Succeeded,
    IReadOnlyList<System.Text.Json.Nodes.JsonNode> Journal,
    IReadOnlyList<string> Output,
    IReadOnlyList<string> Failures,
    string? Refusal);

/// <summary>Two versions compared (DefinitionDiff): the unified diff of their JSON and what changed, by id.</summary>
public sealed record VersionDiff(
    string DefinitionId,
    int From,
    int To,
    int LinesAdded,
    int LinesRemoved,
    string Unified,
    VersionDiffChanges Changes);

public sealed record VersionDiffChanges(
    IReadOnlyList<string> ActivitiesAdded,
    IReadOnlyList<string> ActivitiesRemoved,
    IReadOnlyList<string> ActivitiesChanged,
    IReadOnlyList<string> ConnectionsAdded,
    IReadOnlyList<string> ConnectionsRemoved,
    IReadOnlyList<string> VariablesAdded,
    IReadOnlyList<string> VariablesRemoved,
    IReadOnlyList<string> VariablesChanged);
