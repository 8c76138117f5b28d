using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Expressions;
using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Simulation;

/// <summary>
/// Runs a definition on a virtual clock through a script, with the in-memory host: what
/// <c>wt simulate</c> and the service's "simulate a draft" do. Same definition, script and start → same journal.
/// </summary>
public sealed class WorkflowSimulator
{
    private readonly WorkflowDefinition _definition;
    private readonly VirtualClock _clock;
    private readonly InMemoryTimerScheduler _timers = new();
    private readonly WorkflowHost _host;
    private readonly string _mainId;

    public WorkflowSimulator(WorkflowDefinition definition, DateTimeOffset start, IEnumerable<WorkflowDefinition>? others = null, SandboxOptions? sandbox = null)
    {
        _definition = definition;
        _clock = new VirtualClock(start);
        var sequence = 0;
        var runtime = new WorkflowRuntime(_clock, new ExpressionEvaluator(sandbox), options: new WorkflowRuntimeOptions
        {
            NewInstanceId = () => $"instance-{(++sequence).ToString(CultureInfo.InvariantCulture)}",
        });
        var definitions = new InMemoryDefinitionStore();
        foreach (var other in others ?? [])
            definitions.Add(other);
        definitions.Add(definition);
        _host = new WorkflowHost(runtime, definitions, new InMemoryInstanceStore(), _timers, new InMemoryMailOutbox(), new InMemoryTaskSink());
        _mainId = "instance-1";
    }

    public WorkflowHost Host => _host;

    public DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>Runs the script. Expectations that fail are collected; a refused step stops the run.</summary>
    public SimulationResult Run(IReadOnlyList<ScriptStep> steps, Action<JournalEntry>? onEntry = null)
    {
        var failures = new List<string>();
        WorkflowInstance? instance = null;
        var printed = 0;

        void Flush()
        {
            if (instance is null)
                return;
            for (; printed < instance.Journal.Count; printed++)
                onEntry?.Invoke(instance.Journal[printed]);
        }

        try
        {
            foreach (var step in steps)
            {
                if (instance is null && step is not ScriptStep.Start)
                    instance = _host.Start(_definition.DefinitionId, version: _definition.Version).Instance;
                switch (step)
                {
                    case ScriptStep.Start start when instance is null:
                        instance = _host.Start(_definition.DefinitionId, start.Input, start.CorrelationId, _definition.Version).Instance;
                        break;
                    case ScriptStep.Start start:
                        throw new WorkflowRefusedException($"line {start.Line}: the instance has already started");
                    case ScriptStep.Advance advance:
                        AdvanceTo(advance.By.AddTo(_clock.GetUtcNow()));
                        break;
                    case ScriptStep.AdvanceTo advanceTo:
                        AdvanceTo(advanceTo.To);
                        break;
                    case ScriptStep.Complete complete:
                        Refusable(complete.Line, () => _host.CompleteTask(_mainId, complete.Activity, complete.Completion));
                        break;
                    case ScriptStep.Publish publish:
                        _host.Publish(publish.Event);
                        break;
                    case ScriptStep.Cancel cancel:
                        Refusable(cancel.Line, () => _host.Cancel(_mainId, cancel.Reason));
                        break;
                    case ScriptStep.Expect expect:
                        failures.AddRange(Check(expect, _host.Instances.Find(_mainId)!));
                        break;
                }

                Flush();
            }

            instance ??= _host.Start(_definition.DefinitionId, version: _definition.Version).Instance;
            Flush();
            return new SimulationResult(instance, instance.Journal, failures, null);
        }
        catch (WorkflowRefusedException ex)
        {
            Flush();
            return new SimulationResult(instance, instance?.Journal ?? [], failures, ex.Message);
        }
    }

    /// <summary>Moves the clock to <paramref name="target"/>, firing every timer due on the way at its own due time, in order.</summary>
    public void AdvanceTo(DateTimeOffset target)
    {
        while (_timers.TakeNextDue(target) is { } timer)
        {
            _clock.MoveTo(timer.Due);
            _host.FireTimer(timer.InstanceId, timer.BookmarkId);
        }

        _clock.MoveTo(target);
    }

    private static void Refusable(int line, Action action)
    {
        try
        {
            action();
        }
        catch (WorkflowRefusedException ex)
        {
            throw new WorkflowRefusedException($"line {line}: {ex.Message}", ex.Reason);
        }
    }

    private static IEnumerable<string> Check(ScriptStep.Expect expect, WorkflowInstance instance)
    {
        var prefix = $"line {expect.Line}: expected";
        if (expect.Status is { } status && instance.Status != status)
            yield return $"{prefix} status {status}, was {instance.Status}{(instance.FaultMessage is null ? "" : $" ({instance.FaultMessage})")}";
        if (expect.OpenTasks is { } tasks)
        {
            var open = instance.OpenTasks.Select(b => b.ActivityId).Order(StringComparer.Ordinal).ToList();
            if (!open.SequenceEqual(tasks.Order(StringComparer.Ordinal)))
                yield return $"{prefix} open tasks [{string.Join(", ", tasks)}], were [{string.Join(", ", open)}]";
        }

        if (expect.Variables is { } variables)
        {
            foreach (var (name, expected) in variables)
            {
                var actual = instance.Variables.GetValueOrDefault(name);
                if (!IsSubset(expected, actual))
                    yield return $"{prefix} variable {name} = {expected?.ToJsonString() ?? "null"}, was {actual?.ToJsonString() ?? "null"}";
            }
        }

        if (expect.Output is { } output)
        {
            var lines = instance.Journal.Where(e => e.Event == JournalEvents.Output).Select(e => e.Text ?? "").ToList();
            if (!lines.SequenceEqual(output))
                yield return $"{prefix} output [{string.Join(", ", output)}], was [{string.Join(", ", lines)}]";
        }
    }

    // Objects match when every expected property matches (recursively); everything else must be equal.
    private static bool IsSubset(JsonNode? expected, JsonNode? actual) => expected switch
    {
        JsonObject e when actual is JsonObject a => e.All(p => a.TryGetPropertyValue(p.Key, out var v) && IsSubset(p.Value, v)),
        _ => JsonNode.DeepEquals(expected, actual),
    };
}
