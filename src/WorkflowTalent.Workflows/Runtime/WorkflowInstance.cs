using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace WorkflowTalent.Workflows.Runtime;

/// <summary>
/// The whole state of one run of a definition version, serialisable to JSON and back
/// (<see cref="InstanceSerializer"/>) so that a host can persist it between steps.
/// </summary>
public sealed class WorkflowInstance
{
    public required string Id { get; init; }
    public required string DefinitionId { get; init; }

    /// <summary>The version the instance is pinned to; changes only by migration.</summary>
    public required int DefinitionVersion { get; set; }

    public WorkflowStatus Status { get; set; } = WorkflowStatus.Running;
    public string? Name { get; set; }
    public string? CorrelationId { get; set; }
    public string? ParentInstanceId { get; init; }
    public string? ParentBookmarkId { get; init; }
    public JsonObject Input { get; init; } = [];
    public Dictionary<string, JsonNode?> Variables { get; init; } = new(StringComparer.Ordinal);
    public Dictionary<string, JsonNode?> Output { get; init; } = new(StringComparer.Ordinal);
    public JsonNode? LastResult { get; set; }
    public string? FaultMessage { get; set; }
    public string? FaultActivity { get; set; }
    public FlowState Flow { get; init; } = new();
    public List<Bookmark> Bookmarks { get; init; } = [];
    public List<JournalEntry> Journal { get; init; } = [];

    /// <summary>Counter for bookmark ids, so that the same inputs always give the same ids.</summary>
    public int Sequence { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    [JsonIgnore]
    public bool IsEnded => Status is WorkflowStatus.Finished or WorkflowStatus.Faulted or WorkflowStatus.Cancelled;

    [JsonIgnore]
    public IEnumerable<Bookmark> OpenTasks => Bookmarks.Where(b => b.Kind == BookmarkKind.Task);
}
