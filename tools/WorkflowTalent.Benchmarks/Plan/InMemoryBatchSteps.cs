using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Expressions;
using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Simulation;

namespace WorkflowTalent.Benchmarks.Plan;

/// <summary>
/// The batch on the engine's host over its in-memory stores, as the engine's tests and the simulator run it: a
/// <see cref="VirtualClock"/>, timers taken from <see cref="InMemoryTimerScheduler"/> in due order and fired at their due
/// times. The definitions are compiled once per process (the shared cache), as the service caches them.
/// </summary>
internal sealed class InMemoryBatchSteps : IBatchSteps
{
    private readonly VirtualClock _clock = new(BatchYear.Opens);
    private readonly InMemoryTimerScheduler _timers = new();
    private readonly InMemoryInstanceStore _instances = new();
    private readonly InMemoryMailOutbox _outbox = new();
    private readonly WorkflowHost _host;
    private readonly Dictionary<(string Parent, string DefinitionId), string> _children = [];
    private int _tasks;
    private int _fired;

    public InMemoryBatchSteps(InMemoryDefinitionStore definitions, CompiledWorkflowCache compiled, ExpressionEvaluator expressions)
    {
        _host = new WorkflowHost(new WorkflowRuntime(_clock, expressions), definitions, _instances, _timers, _outbox, new InMemoryTaskSink(), compiled);
        _host.StepApplied += step =>
        {
            _tasks += step.Effects.Opened.Count(b => b.Task is not null);
            if (step.Instance.ParentInstanceId is { } parent && step.Journal.Any(e => e.Event == JournalEvents.Started))
                _children[(parent, step.Instance.DefinitionId)] = step.Instance.Id;
        };
    }

    public static InMemoryDefinitionStore LoadDefinitions()
    {
        var store = new InMemoryDefinitionStore();
        foreach (var id in BatchYear.Definitions)
        {
            var read = DefinitionSerializer.Read(File.ReadAllBytes(RepositoryFiles.Path("workflows", id + ".json")));
            store.Add(read.Definition ?? throw new InvalidOperationException($"{id}: {string.Join("; ", read.Problems)}"));
        }

        return store;
    }

    public string Start(string definitionId, JsonObject input, string correlationId) => _host.Start(definitionId, input, correlationId).Instance.Id;

    public void Complete(string instanceId, string activity, ResumeSignal.TaskCompletion completion) => _host.CompleteTask(instanceId, activity, completion);

    public void Cancel(string instanceId, string reason) => _host.Cancel(instanceId, reason);

    public string ChildOf(string parentId, string definitionId) =>
        _children.TryGetValue((parentId, definitionId), out var child) ? child : throw new InvalidOperationException($"{parentId} started no {definitionId}");

    public void AdvanceTo(DateTimeOffset time)
    {
        while (_timers.TakeNextDue(time) is { } timer)
        {
            _clock.MoveTo(timer.Due);
            _host.FireTimer(timer.InstanceId, timer.BookmarkId);
            _fired++;
        }

        _clock.MoveTo(time);
    }

    public BatchTally Tally(IReadOnlyList<string> years) =>
        new([.. years.Select(id => _instances.Find(id)!).Select(y => new BatchTally.YearEnd(y.Status,
                (string?)y.Output.GetValueOrDefault("outcome"), (string?)y.Output.GetValueOrDefault("assessment")?["grade"]))],
            _instances.All.Count(), _tasks, _outbox.Messages.Count, _fired);
}
