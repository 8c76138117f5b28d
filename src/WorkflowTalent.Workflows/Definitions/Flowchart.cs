namespace WorkflowTalent.Workflows.Definitions;

/// <summary>The root <c>Elsa.Flowchart</c> of a definition.</summary>
public sealed class Flowchart
{
    public required string Id { get; init; }
    public string? Start { get; init; }
    public required IReadOnlyList<ActivityNode> Activities { get; init; }
    public required IReadOnlyList<FlowConnection> Connections { get; init; }

    private Dictionary<string, ActivityNode>? _byId;

    public ActivityNode? Find(string id)
    {
        _byId ??= Activities.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return _byId.GetValueOrDefault(id);
    }
}
