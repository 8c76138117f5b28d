using System.Text.Json.Nodes;

namespace WorkflowTalent.Workflows.Definitions;

/// <summary>An activity of the root flowchart, with its inputs parsed from the document.</summary>
public sealed class ActivityNode
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required string Type { get; init; }
    public string? Name { get; init; }

    /// <summary>Inputs by property name: every wrapped expression, and any other non-structural property as a literal.</summary>
    public required IReadOnlyDictionary<string, InputValue> Inputs { get; init; }

    /// <summary><c>customProperties.mergeMode</c>: when set, Elsa's token flowchart rules apply to this activity.</summary>
    public MergeMode? MergeMode { get; init; }

    public required JsonObject Source { get; init; }

    public string Path => $"root.activities[{Index}]";

    public InputValue? Input(string name) => Inputs.TryGetValue(name, out var value) ? value : null;

    public override string ToString() => $"{Id} ({Type})";
}
