using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Alterations;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Hosting;

/// <summary>
/// Runs instances against the host's seams: loads the pinned version, runs one step, saves the
/// instance and hands its tasks, timers and mails to the seams; then carries what the step set in
/// motion — events it published, children it started, a parent waiting for it — each as a step of its own.
/// </summary>
public sealed class WorkflowHost
{
    private readonly CompiledWorkflowCache _compiled;

    // compiled: shared by the hosts of a service (one per request) so that each version is parsed once per
    // process; only versions that no longer change (published, retired) may run through a shared cache.
    public WorkflowHost(WorkflowRuntime runtime, IWorkflowDefinitionStore definitions, IWorkflowInstanceStore instances,
        ITimerScheduler timers, IMailOutbox outbox, ITaskSink tasks, CompiledWorkflowCache? compiled = null)
    {
        _compiled = compiled ?? new CompiledWorkflowCache();
        Runtime = runtime;
        Definitions = definitions;
        Instances = instances;
        Timers = timers;
        Outbox = outbox;
        Tasks = tasks;
    }

    public WorkflowRuntime Runtime { get; }
    public IWorkflowDefinitionStore Definitions { get; }
    public IWorkflowInstanceStore Instances { get; }
    public ITimerScheduler Timers { get; }
    public IMailOutbox Outbox { get; }
    public ITaskSink Tasks { get; }

    /// <summary>Every step this host ran, in order, including those set in motion by others (children, events).</summary>
    public event Action<StepResult>? StepApplied;

    public CompiledWorkflow Compiled(string definitionId, int version) =>
        _compiled.GetOrAdd(definitionId, version, () =>
            Runtime.Compile(Definitions.Find(definitionId, version) ?? throw new WorkflowRefusedException($"there is no definition {definitionId} v{version}", RefusalReason.NotFound)));

    public StepResult Start(string definitionId, JsonObject? input = null, string? correlationId = null, int? version = null)
    {
        var definition = (version is { } v ? Definitions.Find(definitionId, v) : Definitions.FindPublished(definitionId))
            ?? throw new WorkflowRefusedException($"there is no {(version is null ? "published " : "")}definition {definitionId}{(version is null ? "" : $" v{version}")}", RefusalReason.NotFound);
        return Run(Runtime.Start(Compiled(definition.DefinitionId, definition.Version), input, correlationId));
    }

    public StepResult CompleteTask(string instanceId, string activityOrTaskId, ResumeSignal.TaskCompletion completion)
    {
        var instance = Load(instanceId);
        return Run(Runtime.CompleteTask(CompiledFor(instance), instance, activityOrTaskId, completion));
    }

    public StepResult FireTimer(string instanceId, string bookmarkId)
    {
        var instance = Load(instanceId);
        return Run(Runtime.FireTimer(CompiledFor(instance), instance, bookmarkId));
    }

    /// <summary>Delivers an event to every instance waiting for it; returns the steps it caused.</summary>
    public IReadOnlyList<StepResult> Publish(PublishedEvent published) => [.. Deliveries(published).Select(Run)];

    public StepResult Cancel(string instanceId, string reason)
    {
        var instance = Load(instanceId);
        return Run(Runtime.Cancel(CompiledFor(instance), instance, reason));
    }

    public StepResult Alter(string instanceId, IReadOnlyList<Alteration> alterations)
    {
        var instance = Load(instanceId);
        return Run(Runtime.Alter(CompiledFor(instance), instance, alterations));
    }

    public StepResult Migrate(string instanceId, int toVersion, IReadOnlyDictionary<string, string>? mapping = null)
    {
        var instance = Load(instanceId);
        return Run(Runtime.Migrate(CompiledFor(instance), Compiled(instance.DefinitionId, toVersion), instance, mapping));
    }

    public CompiledWorkflow CompiledFor(WorkflowInstance instance) => Compiled(instance.DefinitionId, instance.DefinitionVersion);

    // One step per open wait for the event; lazy, so that each wait is checked after the steps before it ran.
    private IEnumerable<StepResult> Deliveries(PublishedEvent published)
    {
        foreach (var (waiting, bookmark) in Instances.FindEventWaits(published.EventName, published.CorrelationId))
        {
            if (!waiting.IsEnded && waiting.Bookmarks.Exists(b => b.Id == bookmark.Id))
                yield return Runtime.DeliverEvent(CompiledFor(waiting), waiting, bookmark.Id, published);
        }
    }

    private WorkflowInstance Load(string instanceId) =>
        Instances.Find(instanceId) ?? throw new WorkflowRefusedException($"there is no instance {instanceId}", RefusalReason.NotFound);

    // Applies a step, then the steps it sets in motion, breadth first, so that no call recurses without bound.
    private StepResult Run(StepResult first)
    {
        var pending = new Queue<StepResult>();
        pending.Enqueue(first);
        while (pending.TryDequeue(out var step))
        {
            Apply(step);
            foreach (var follow in FollowUps(step))
                pending.Enqueue(follow);
        }

        return first;
    }

    private void Apply(StepResult step)
    {
        var instance = step.Instance;
        var effects = step.Effects;
        Instances.Save(instance);
        foreach (var bookmark in effects.Opened)
        {
            if (bookmark.Task is not null)
                Tasks.Opened(instance, bookmark);
            if (bookmark.Due is { } due)
                Timers.Schedule(instance.Id, bookmark.Id, due);
        }

        foreach (var completed in effects.TasksCompleted)
            Tasks.Completed(instance, completed);
        foreach (var closed in effects.Closed)
        {
            Timers.Cancel(instance.Id, closed.Bookmark.Id);
            if (closed.Bookmark.Task is not null && closed.Cancelled)
                Tasks.Cancelled(instance, closed.Bookmark, closed.Reason);
        }

        foreach (var bookmark in effects.Rescheduled.Where(b => instance.Bookmarks.Contains(b)))
        {
            if (bookmark.Due is { } due)
                Timers.Schedule(instance.Id, bookmark.Id, due);
            else
                Timers.Cancel(instance.Id, bookmark.Id);
            if (bookmark.Task is not null)
                Tasks.Updated(instance, bookmark);
        }

        foreach (var mail in effects.Mails)
            Outbox.Enqueue(mail);
        StepApplied?.Invoke(step);
    }

    private IEnumerable<StepResult> FollowUps(StepResult step)
    {
        var instance = step.Instance;
        foreach (var child in step.Effects.Children)
        {
            var definition = Definitions.FindPublished(child.DefinitionId);
            if (definition is null)
            {
                // Journalled on the parent, which is faulted only if it waits for the child (ExecuteWorkflow):
                // a dispatching parent goes on, as in Elsa.
                var compiled = CompiledFor(instance);
                var run = Runtime.NewRun(compiled, instance);
                var node = compiled.FindActivity(child.ActivityId)!;
                var message = $"there is no published definition {child.DefinitionId} to start";
                instance.Journal.Add(run.Entry(node, JournalEvents.ChildFailed) with { Name = child.DefinitionId, Message = message });
                if (!instance.IsEnded && instance.Bookmarks.Exists(b => b.Id == child.ParentBookmarkId))
                    run.Fault(node, message);
                yield return run.Result();
                continue;
            }

            var started = Runtime.Start(Compiled(definition.DefinitionId, definition.Version), child.Input, child.CorrelationId,
                parentInstanceId: child.ParentBookmarkId is null ? null : instance.Id, parentBookmarkId: child.ParentBookmarkId);
            if (child.ParentBookmarkId is { } bookmarkId && instance.Bookmarks.Find(b => b.Id == bookmarkId) is { } waiting)
            {
                waiting.ChildInstanceId = started.Instance.Id;
                Instances.Save(instance);
            }

            yield return started;
        }

        // A child whose parent stopped waiting for it (cancelled, or lost a WaitAny race) is cancelled too.
        foreach (var closed in step.Effects.Closed)
        {
            if (closed is { Cancelled: true, Bookmark: { Kind: BookmarkKind.Child, ChildInstanceId: { } childId } }
                && Instances.Find(childId) is { IsEnded: false } orphan)
                yield return Runtime.Cancel(CompiledFor(orphan), orphan, $"its parent {instance.Id} no longer waits for it: {closed.Reason}");
        }

        foreach (var delivered in step.Effects.Events.SelectMany(Deliveries))
            yield return delivered;

        if (instance.IsEnded && instance.ParentInstanceId is { } parentId && instance.ParentBookmarkId is { } parentBookmark
            && Instances.Find(parentId) is { IsEnded: false } parent && parent.Bookmarks.Exists(b => b.Id == parentBookmark)
            && step.Journal.Any(e => e.Event is JournalEvents.Finished or JournalEvents.Faulted or JournalEvents.Cancelled))
        {
            var output = new JsonObject();
            foreach (var (name, value) in instance.Output)
                output[name] = value?.DeepClone();
            yield return Runtime.ResumeChild(CompiledFor(parent), parent, parentBookmark, new ResumeSignal.ChildEnded(instance.Id, instance.Status, output));
        }
    }
}
