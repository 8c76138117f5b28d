using WorkflowTalent.Workflows.Definitions;

namespace WorkflowTalent.Workflows.Hosting;

/// <summary>Where a host keeps definition versions; instances find the version they are pinned to here.</summary>
public interface IWorkflowDefinitionStore
{
    WorkflowDefinition? Find(string definitionId, int version);

    /// <summary>The newest published version, which new instances start on.</summary>
    WorkflowDefinition? FindPublished(string definitionId);
}
