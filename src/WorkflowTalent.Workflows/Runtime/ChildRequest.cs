using System.Text.Json.Nodes;

namespace WorkflowTalent.Workflows.Runtime;

/// <summary>A child instance to start: with <see cref="ParentBookmarkId"/> the parent waits for it (ExecuteWorkflow), without it not (DispatchWorkflow).</summary>
public sealed record ChildRequest(
    string ParentInstanceId,
    string ActivityId,
    string? ParentBookmarkId,
    string DefinitionId,
    JsonObject Input,
    string? CorrelationId);
