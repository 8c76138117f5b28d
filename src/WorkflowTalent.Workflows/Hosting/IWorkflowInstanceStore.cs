using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Hosting;

/// <summary>Where a host keeps instances between steps.</summary>
public interface IWorkflowInstanceStore
{
    WorkflowInstance? Find(string instanceId);

    void Save(WorkflowInstance instance);

    /// <summary>Open event waits for a name; with a correlation id, only those of that correlation (the bookmark's own, else the instance's).</summary>
    IReadOnlyList<(WorkflowInstance Instance, Bookmark Bookmark)> FindEventWaits(string eventName, string? correlationId);
}
