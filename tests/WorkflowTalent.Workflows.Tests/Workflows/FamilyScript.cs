using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Simulation;

namespace WorkflowTalent.Workflows.Tests.Workflows;

/// <summary>
/// Runs a simulation script against a parent definition and the children it starts (Elsa.ExecuteWorkflow), on the
/// simulator's in-memory host and virtual clock. <c>wt simulate</c> starts the children too, but completes tasks and
/// checks expectations on the main instance only; here a <c>complete</c> or <c>expect</c> line may name the child
/// definition it acts on (<c>"workflow": "talent-selection"</c>, the newest child of that definition), which the
/// simulator's own parser ignores, so the lines keep its format.
/// </summary>
internal sealed class FamilyScript(WorkflowDefinition parent, IReadOnlyList<WorkflowDefinition> children, DateTimeOffset start)
{
    public FamilyRun Run(string scriptText)
    {
        var simulator = new WorkflowSimulator(parent, start, children);
        var host = simulator.Host;
        var family = new List<string>();
        host.StepApplied += step =>
        {
            if (!family.Contains(step.Instance.Id, StringComparer.Ordinal))
                family.Add(step.Instance.Id);
        };
        var targets = Targets(scriptText);
        var failures = new List<string>();
        string? mainId = null;
        try
        {
            foreach (var step in SimulationScript.Parse(scriptText))
            {
                if (mainId is null && step is not ScriptStep.Start)
                    throw new InvalidOperationException($"line {step.Line}: the script must start with its input line");
                switch (step)
                {
                    case ScriptStep.Start begin:
                        mainId = host.Start(parent.DefinitionId, begin.Input, begin.CorrelationId, parent.Version).Instance.Id;
                        break;
                    case ScriptStep.Advance advance:
                        simulator.AdvanceTo(advance.By.AddTo(simulator.Now));
                        break;
                    case ScriptStep.AdvanceTo advanceTo:
                        simulator.AdvanceTo(advanceTo.To);
                        break;
                    case ScriptStep.Complete complete:
                        host.CompleteTask(Target(complete.Line).Id, complete.Activity, complete.Completion);
                        break;
                    case ScriptStep.Expect expect:
                        failures.AddRange(Check(expect, Target(expect.Line)));
                        break;
                    default:
                        throw new InvalidOperationException($"line {step.Line}: {step.GetType().Name} is not used by the plan's scripts");
                }
            }
        }
        catch (WorkflowRefusedException ex)
        {
            failures.Add($"refused: {ex.Message}");
        }

        var instances = family.Select(id => host.Instances.Find(id)!).ToList();
        return new FamilyRun(instances, [.. ((InMemoryMailOutbox)host.Outbox).Messages], failures);

        WorkflowInstance Target(int line)
        {
            var main = host.Instances.Find(mainId!)!;
            if (!targets.TryGetValue(line, out var definitionId))
                return main;
            return family.Select(id => host.Instances.Find(id)!).LastOrDefault(i => i.DefinitionId == definitionId && i.ParentInstanceId == main.Id)
                ?? throw new WorkflowRefusedException($"line {line}: no child instance of {definitionId} has started", RefusalReason.NotFound);
        }
    }

    // The child definition each complete or expect line names, by line number (as the simulator numbers them).
    private static Dictionary<int, string> Targets(string scriptText)
    {
        var targets = new Dictionary<int, string>();
        var lines = scriptText.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('{') && JsonNode.Parse(line) is JsonObject command
                && (command["complete"] ?? command["expect"]) is JsonObject body && (string?)body["workflow"] is { } workflow)
                targets[i + 1] = workflow;
        }

        return targets;
    }

    private static IEnumerable<string> Check(ScriptStep.Expect expect, WorkflowInstance instance)
    {
        var prefix = $"line {expect.Line} ({instance.DefinitionId}): expected";
        if (expect.Status is { } status && instance.Status != status)
            yield return $"{prefix} status {status}, was {instance.Status} {instance.FaultActivity} {instance.FaultMessage}";
        if (expect.OpenTasks is { } tasks)
        {
            var open = instance.OpenTasks.Select(b => b.ActivityId).Order(StringComparer.Ordinal).ToList();
            if (!open.SequenceEqual(tasks.Order(StringComparer.Ordinal)))
                yield return $"{prefix} open tasks [{string.Join(", ", tasks)}], were [{string.Join(", ", open)}]";
        }

        foreach (var (name, expected) in expect.Variables ?? [])
        {
            var actual = instance.Variables.GetValueOrDefault(name);
            if (!IsSubset(expected, actual))
                yield return $"{prefix} variable {name} = {expected?.ToJsonString() ?? "null"}, was {actual?.ToJsonString() ?? "null"}";
        }
    }

    // As the simulator compares: objects match when every expected property matches; anything else must be equal.
    private static bool IsSubset(JsonNode? expected, JsonNode? actual) => expected switch
    {
        JsonObject e when actual is JsonObject a => e.All(p => a.TryGetPropertyValue(p.Key, out var v) && IsSubset(p.Value, v)),
        _ => JsonNode.DeepEquals(expected, actual),
    };
}

/// <summary>What a <see cref="FamilyScript"/> run left: the parent first, then its children in start order.</summary>
internal sealed record FamilyRun(IReadOnlyList<WorkflowInstance> Instances, IReadOnlyList<MailMessage> Mails, IReadOnlyList<string> Failures)
{
    public WorkflowInstance Parent => Instances[0];

    public IReadOnlyList<WorkflowInstance> Children => [.. Instances.Skip(1)];

    public WorkflowInstance Child(string definitionId) => Assert.Single(Instances, i => i.DefinitionId == definitionId);

    public JsonNode? Output(string name) => Parent.Output.GetValueOrDefault(name);

    public void AssertSucceeded() => Assert.True(Failures.Count == 0, string.Join("; ", Failures));
}
