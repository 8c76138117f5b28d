using System.Collections.Concurrent;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Hosting;

/// <summary>The open tasks of every instance, by bookmark id, as a minimal inbox.</summary>
public sealed class InMemoryTaskSink : ITaskSink
{
    private readonly ConcurrentDictionary<string, (string InstanceId, Bookmark Task)> _open = new(StringComparer.Ordinal);

    public IEnumerable<(string InstanceId, Bookmark Task)> Open => _open.Values;

    public void Opened(WorkflowInstance instance, Bookmark task) => _open[task.Id] = (instance.Id, task);

    public void Completed(WorkflowInstance instance, TaskCompleted completed) => _open.TryRemove(completed.Bookmark.Id, out _);

    public void Cancelled(WorkflowInstance instance, Bookmark task, string? reason) => _open.TryRemove(task.Id, out _);

    public void Updated(WorkflowInstance instance, Bookmark task) => _open[task.Id] = (instance.Id, task);
}
