using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Activities;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Expressions;
using WorkflowTalent.Workflows.Validation;

namespace WorkflowTalent.Workflows.Runtime;

/// <summary>
/// Runs instances one step at a time: start, complete a task, fire a timer, deliver an event or a
/// child's end, cancel. Each call runs the instance to its next wait and returns what changed; the
/// caller persists it. Requests that are refused throw <see cref="WorkflowRefusedException"/> before
/// anything changes. Thread-safe: one runtime serves every instance.
/// </summary>
public sealed class WorkflowRuntime
{
    public WorkflowRuntime(TimeProvider? clock = null, ExpressionEvaluator? expressions = null, ActivityRegistry? registry = null, WorkflowRuntimeOptions? options = null)
    {
        Clock = clock ?? TimeProvider.System;
        Expressions = expressions ?? new ExpressionEvaluator();
        Registry = registry ?? ActivityRegistry.Default;
        Options = options ?? new WorkflowRuntimeOptions();
        Validator = new DefinitionValidator(Registry, Expressions);
    }

    public TimeProvider Clock { get; }
    public ExpressionEvaluator Expressions { get; }
    public ActivityRegistry Registry { get; }
    public WorkflowRuntimeOptions Options { get; }
    public DefinitionValidator Validator { get; }

    /// <summary>Validates and prepares a definition version. Throws <see cref="InvalidDefinitionException"/> listing every problem.</summary>
    public CompiledWorkflow Compile(WorkflowDefinition definition)
    {
        var problems = Validator.Validate(definition);
        if (problems.Any(p => p.IsError))
            throw new InvalidDefinitionException(problems);
        return new CompiledWorkflow(definition, Registry, Expressions);
    }

    public StepResult Start(CompiledWorkflow workflow, JsonObject? input = null, string? correlationId = null, string? instanceId = null,
        string? parentInstanceId = null, string? parentBookmarkId = null)
    {
        var definition = workflow.Definition;
        var now = Clock.GetUtcNow();
        var instance = new WorkflowInstance
        {
            Id = instanceId ?? Options.NewInstanceId(),
            DefinitionId = definition.DefinitionId,
            DefinitionVersion = definition.Version,
            CorrelationId = correlationId,
            ParentInstanceId = parentInstanceId,
            ParentBookmarkId = parentBookmarkId,
            Input = input is null ? [] : (JsonObject)input.DeepClone(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        foreach (var variable in definition.Variables)
        {
            // Workflow input whose name matches a declared variable sets that variable's initial value.
            var value = instance.Input.TryGetPropertyValue(variable.Name, out var given) ? given?.DeepClone() : variable.Value?.DeepClone();
            instance.Variables[variable.Name] = JsonValues.Coerce(value, variable.TypeName);
        }

        var run = new FlowchartRun(this, workflow, instance);
        instance.Journal.Add(run.InstanceEntry(JournalEvents.Started));
        if (workflow.StartIndex >= 0)
            run.Schedule(workflow.StartIndex);
        run.RunToWait();
        return run.Result();
    }

    /// <summary>Completes the open task of an activity (or the task with that bookmark id).</summary>
    public StepResult CompleteTask(CompiledWorkflow workflow, WorkflowInstance instance, string activityOrTaskId, ResumeSignal.TaskCompletion completion)
    {
        CheckPinned(workflow, instance);
        var bookmark = instance.Bookmarks.FirstOrDefault(b => b.Kind == BookmarkKind.Task && (b.Id == activityOrTaskId || b.ActivityId == activityOrTaskId))
            ?? throw new WorkflowRefusedException($"there is no open task {activityOrTaskId} in instance {instance.Id}", instance.IsEnded ? RefusalReason.Conflict : RefusalReason.NotFound);
        HumanTaskActivity.CheckCompletion(bookmark, completion);
        return Resume(workflow, instance, bookmark, completion);
    }

    /// <summary>Fires the timer of a bookmark (a timer activity, or a task's escalation). A timer no longer open is ignored.</summary>
    public StepResult FireTimer(CompiledWorkflow workflow, WorkflowInstance instance, string bookmarkId)
    {
        CheckPinned(workflow, instance);
        var bookmark = instance.Bookmarks.FirstOrDefault(b => b.Id == bookmarkId && b.Due is not null);
        if (bookmark is null || instance.IsEnded)
            return new FlowchartRun(this, workflow, instance).Result();
        return Resume(workflow, instance, bookmark, new ResumeSignal.TimerDue(bookmark.Due!.Value));
    }

    public StepResult DeliverEvent(CompiledWorkflow workflow, WorkflowInstance instance, string bookmarkId, PublishedEvent published)
    {
        CheckPinned(workflow, instance);
        var bookmark = instance.Bookmarks.FirstOrDefault(b => b.Id == bookmarkId && b.Kind == BookmarkKind.Event)
            ?? throw new WorkflowRefusedException($"instance {instance.Id} does not wait for event {published.EventName} at {bookmarkId}", RefusalReason.NotFound);
        return Resume(workflow, instance, bookmark, new ResumeSignal.EventArrived(published.EventName, published.Payload));
    }

    public StepResult ResumeChild(CompiledWorkflow workflow, WorkflowInstance instance, string bookmarkId, ResumeSignal.ChildEnded ended)
    {
        CheckPinned(workflow, instance);
        var bookmark = instance.Bookmarks.FirstOrDefault(b => b.Id == bookmarkId && b.Kind == BookmarkKind.Child)
            ?? throw new WorkflowRefusedException($"instance {instance.Id} does not wait for a child at {bookmarkId}", RefusalReason.NotFound);
        return Resume(workflow, instance, bookmark, ended);
    }

    /// <summary>Cancels the instance (WCP-20 cancel case): every task, timer and wait is cancelled and journalled.</summary>
    public StepResult Cancel(CompiledWorkflow workflow, WorkflowInstance instance, string reason)
    {
        CheckPinned(workflow, instance);
        if (instance.IsEnded)
            throw new WorkflowRefusedException($"instance {instance.Id} has already ended ({instance.Status})", RefusalReason.Conflict);
        var run = new FlowchartRun(this, workflow, instance);
        run.CancelEverything(reason);
        run.End(WorkflowStatus.Cancelled, JournalEvents.Cancelled, reason);
        return run.Result();
    }

    internal StepResult Resume(CompiledWorkflow workflow, WorkflowInstance instance, Bookmark bookmark, ResumeSignal signal)
    {
        if (instance.IsEnded)
            throw new WorkflowRefusedException($"instance {instance.Id} has already ended ({instance.Status})", RefusalReason.Conflict);
        var run = new FlowchartRun(this, workflow, instance);
        instance.Status = WorkflowStatus.Running;
        run.Resume(bookmark, signal);
        run.RunToWait();
        return run.Result();
    }

    internal FlowchartRun NewRun(CompiledWorkflow workflow, WorkflowInstance instance) => new(this, workflow, instance);

    private static void CheckPinned(CompiledWorkflow workflow, WorkflowInstance instance)
    {
        if (workflow.DefinitionId != instance.DefinitionId || workflow.Version != instance.DefinitionVersion)
            throw new InvalidOperationException($"instance {instance.Id} runs on {instance.DefinitionId} v{instance.DefinitionVersion}, not {workflow.DefinitionId} v{workflow.Version}");
    }
}
