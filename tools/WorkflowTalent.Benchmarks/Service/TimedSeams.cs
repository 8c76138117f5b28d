using WorkflowTalent.Persistence;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Benchmarks.Service;

/// <summary>The host's seams over <see cref="EfWorkflowStore"/>, each call timed under its name, for <see cref="Breakdown"/>.</summary>
internal sealed class TimedSeams(EfWorkflowStore store, TimeBook book)
    : IWorkflowDefinitionStore, IWorkflowInstanceStore, ITimerScheduler, IMailOutbox, ITaskSink
{
    public WorkflowDefinition? Find(string definitionId, int version) => book.Time("store: definition Find", () => store.Find(definitionId, version));

    public WorkflowDefinition? FindPublished(string definitionId) => book.Time("store: definition FindPublished", () => store.FindPublished(definitionId));

    public WorkflowInstance? Find(string instanceId) => book.Time("store: instance Find", () => store.Find(instanceId));

    public void Save(WorkflowInstance instance) => book.Time("store: instance Save", () => store.Save(instance));

    public IReadOnlyList<(WorkflowInstance Instance, Bookmark Bookmark)> FindEventWaits(string eventName, string? correlationId) =>
        book.Time("store: FindEventWaits", () => store.FindEventWaits(eventName, correlationId));

    public void Schedule(string instanceId, string bookmarkId, DateTimeOffset due) => book.Time("store: timer Schedule", () => store.Schedule(instanceId, bookmarkId, due));

    public void Cancel(string instanceId, string bookmarkId) => book.Time("store: timer Cancel", () => store.Cancel(instanceId, bookmarkId));

    public void Enqueue(MailMessage message) => book.Time("store: mail Enqueue", () => store.Enqueue(message));

    public void Opened(WorkflowInstance instance, Bookmark task) => book.Time("store: task Opened", () => store.Opened(instance, task));

    public void Completed(WorkflowInstance instance, TaskCompleted completed) => book.Time("store: task Completed", () => store.Completed(instance, completed));

    public void Cancelled(WorkflowInstance instance, Bookmark task, string? reason) => book.Time("store: task Cancelled", () => store.Cancelled(instance, task, reason));

    public void Updated(WorkflowInstance instance, Bookmark task) => book.Time("store: task Updated", () => store.Updated(instance, task));
}
