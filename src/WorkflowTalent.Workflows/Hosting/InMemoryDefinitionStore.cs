using System.Collections.Concurrent;
using WorkflowTalent.Workflows.Definitions;

namespace WorkflowTalent.Workflows.Hosting;

public sealed class InMemoryDefinitionStore : IWorkflowDefinitionStore
{
    private readonly ConcurrentDictionary<(string, int), WorkflowDefinition> _versions = new();

    /// <summary>Adds a version; a published one becomes what new instances start on if it is the newest.</summary>
    public void Add(WorkflowDefinition definition) => _versions[(definition.DefinitionId, definition.Version)] = definition;

    public WorkflowDefinition? Find(string definitionId, int version) => _versions.GetValueOrDefault((definitionId, version));

    public WorkflowDefinition? FindPublished(string definitionId) =>
        _versions.Values.Where(d => d.DefinitionId == definitionId && d.IsPublished).MaxBy(d => d.Version)
        ?? _versions.Values.Where(d => d.DefinitionId == definitionId).MaxBy(d => d.Version);
}
