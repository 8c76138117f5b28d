using System.Collections.Concurrent;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Hosting;

public sealed class InMemoryInstanceStore : IWorkflowInstanceStore
{
    private readonly ConcurrentDictionary<string, WorkflowInstance> _instances = new(StringComparer.Ordinal);

    public IEnumerable<WorkflowInstance> All => _instances.Values;

    public WorkflowInstance? Find(string instanceId) => _instances.GetValueOrDefault(instanceId);

    public void Save(WorkflowInstance instance) => _instances[instance.Id] = instance;

    public IReadOnlyList<(WorkflowInstance Instance, Bookmark Bookmark)> FindEventWaits(string eventName, string? correlationId) =>
    [
        .. from instance in _instances.Values
           where !instance.IsEnded
           orderby instance.CreatedAt, instance.Id
           from bookmark in instance.Bookmarks
           where bookmark.Kind == BookmarkKind.Event && bookmark.EventName == eventName
                 && (correlationId is null || (bookmark.CorrelationId ?? instance.CorrelationId) == correlationId)
           select (instance, bookmark),
    ];
}
