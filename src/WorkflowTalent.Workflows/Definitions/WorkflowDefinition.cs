using System.Text.Json.Nodes;

namespace WorkflowTalent.Workflows.Definitions;

/// <summary>
/// A workflow definition version. The typed members are read from <see cref="Document"/>, the
/// Elsa 3 JSON as written, which is kept whole so that saving loses nothing the engine does not use.
/// </summary>
public sealed class WorkflowDefinition
{
    public required JsonObject Document { get; init; }
    public required string Id { get; init; }
    public required string DefinitionId { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public required int Version { get; init; }
    public bool IsPublished { get; init; }
    public required IReadOnlyList<VariableDefinition> Variables { get; init; }
    public required IReadOnlyList<string> Inputs { get; init; }
    public required IReadOnlyList<string> Outputs { get; init; }
    public required Flowchart Root { get; init; }

    public override string ToString() => $"{DefinitionId} v{Version}";
}
