using System.Collections.Concurrent;
using WorkflowTalent.Workflows.Activities;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Expressions;

namespace WorkflowTalent.Workflows.Runtime;

/// <summary>
/// A valid definition version made ready to run: activity implementations, the flow graph, join
/// kinds and every expression parsed once. Immutable and shared by all instances of the version.
/// </summary>
public sealed class CompiledWorkflow
{
    private readonly ConcurrentDictionary<string, IPreparedExpression> _nested = new(StringComparer.Ordinal);
    private readonly ExpressionEvaluator _expressions;

    internal CompiledWorkflow(WorkflowDefinition definition, ActivityRegistry registry, ExpressionEvaluator expressions)
    {
        _expressions = expressions;
        Definition = definition;
        var activities = definition.Root.Activities;
        Activities = [.. activities];
        Implementations = [.. activities.Select(a => registry.Find(a.Type) ?? throw new InvalidOperationException($"{a.Path}: activity type {a.Type} is not supported"))];
        StartIndex = FindStart(definition.Root);
        Graph = new FlowGraph(definition.Root, StartIndex);
        JoinKinds = [.. activities.Select((a, i) => KindOf(a, Graph.ForwardInbound[i].Length))];
        Prepared = [.. activities.Select(a => a.Inputs
            .Where(i => i.Value.Type != ExpressionType.Literal)
            .ToDictionary(i => i.Key, i => expressions.Prepare(i.Value), StringComparer.Ordinal))];
        VariableNames = [.. definition.Variables.Select(v => v.Name)];
        VariableTypes = definition.Variables.GroupBy(v => v.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().TypeName, StringComparer.Ordinal);
    }

    public WorkflowDefinition Definition { get; }
    public string DefinitionId => Definition.DefinitionId;
    public int Version => Definition.Version;
    public IReadOnlyList<ActivityNode> Activities { get; }
    internal Activity[] Implementations { get; }
    internal int StartIndex { get; }
    internal FlowGraph Graph { get; }
    internal JoinKind[] JoinKinds { get; }
    internal IReadOnlyCollection<string> VariableNames { get; }
    internal IReadOnlyDictionary<string, string> VariableTypes { get; }

    // Per activity: its non-literal inputs, parsed. Literals are read straight from the node.
    private Dictionary<string, IPreparedExpression>[] Prepared { get; }

    public ActivityNode? FindActivity(string id) => Graph.IndexOf.TryGetValue(id, out var i) ? Activities[i] : null;

    internal IPreparedExpression? PreparedInput(int activity, string input) => Prepared[activity].GetValueOrDefault(input);

    /// <summary>A script nested inside an input (a FlowSwitch case condition), parsed on first use and kept.</summary>
    internal IPreparedExpression Nested(string key, Func<ExpressionEvaluator, IPreparedExpression> prepare) =>
        _nested.GetOrAdd(key, _ => prepare(_expressions));

    internal static int FindStart(Flowchart root)
    {
        var activities = root.Activities;
        if (root.Start is { Length: > 0 } start)
        {
            for (var i = 0; i < activities.Count; i++)
            {
                if (activities[i].Id == start)
                    return i;
            }
        }

        for (var i = 0; i < activities.Count; i++)
        {
            if (activities[i].Type == "Elsa.Start")
                return i;
        }

        var targets = root.Connections.Select(c => c.Target).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < activities.Count; i++)
        {
            if (!targets.Contains(activities[i].Id))
                return i;
        }

        return activities.Count > 0 ? 0 : -1;
    }

    private static JoinKind KindOf(ActivityNode node, int forwardInbound)
    {
        if (node.MergeMode is { } mode)
        {
            return mode switch
            {
                MergeMode.Stream => JoinKind.Stream,
                MergeMode.Merge => JoinKind.Merge,
                MergeMode.Converge => JoinKind.Converge,
                MergeMode.Cascade => JoinKind.Cascade,
                _ => JoinKind.Race,
            };
        }

        if (node.Type == FlowJoin.TypeName)
        {
            return FlowJoin.ModeOf(node) switch
            {
                "WaitAll" => JoinKind.WaitAll,
                "WaitAllActive" => forwardInbound > 1 ? JoinKind.Implicit : JoinKind.Single,
                _ => JoinKind.WaitAny,
            };
        }

        return forwardInbound > 1 ? JoinKind.Implicit : JoinKind.Single;
    }
}
