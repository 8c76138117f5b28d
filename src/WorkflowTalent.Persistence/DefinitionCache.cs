using System.Collections.Concurrent;
using WorkflowTalent.Workflows.Definitions;

namespace WorkflowTalent.Persistence;

/// <summary>
/// Parsed definition versions that no longer change (published, retired), shared by the stores of one process,
/// so that starting a case does not read and parse the definition's JSON again. Drafts are never cached.
/// </summary>
public sealed class DefinitionCache
{
    private readonly ConcurrentDictionary<(string, int), WorkflowDefinition> _parsed = new();

    public bool TryGet(string definitionId, int version, out WorkflowDefinition? definition)
    {
        var found = _parsed.TryGetValue((definitionId, version), out var parsed);
        definition = parsed;
        return found;
    }

    public void Add(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _parsed[(definition.DefinitionId, definition.Version)] = definition;
    }
}
