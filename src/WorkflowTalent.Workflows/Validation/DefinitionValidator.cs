using System.Text;
using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Activities;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Expressions;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Validation;

/// <summary>
/// Checks a definition before it may be published or run: activity types, ids, the start, connections
/// and their ports, inputs (required, literal values per kind, expression syntax) and variables. Every
/// problem is reported with its JSON path; nothing stops at the first. Never throws on any input.
/// </summary>
public sealed class DefinitionValidator
{
    /// <summary>Starts the message of a problem that comes from a failure of the validator itself rather than of the definition.</summary>
    public const string InternalFailurePrefix = "could not be checked: ";

    private readonly ActivityRegistry _registry;
    private readonly InputValidator _inputs;

    public DefinitionValidator(ActivityRegistry registry, ExpressionEvaluator expressions)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(expressions);
        _registry = registry;
        _inputs = new InputValidator(expressions);
    }

    public ValidationResult Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Validate(Encoding.UTF8.GetBytes(json));
    }

    public ValidationResult Validate(ReadOnlySpan<byte> utf8)
    {
        DefinitionReadResult read;
        try
        {
            read = DefinitionSerializer.Read(utf8);
        }
#pragma warning disable CA1031 // Validation must answer with problems for input of any shape, even when the reader fails.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new ValidationResult(null, [Failure("$", ex)]);
        }

        if (read.Definition is null)
            return new ValidationResult(null, read.Problems);
        return new ValidationResult(read.Definition, [.. read.Problems, .. Validate(read.Definition)]);
    }

    public IReadOnlyList<ValidationProblem> Validate(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<ValidationProblem>();
        Guard(problems, "root.activities", () => CheckActivities(definition, problems));
        Guard(problems, "root.start", () => CheckStart(definition.Root, problems));
        Guard(problems, "root.connections", () => CheckConnections(definition, problems));
        Guard(problems, "variables", () => CheckVariables(definition.Document, problems));
        Guard(problems, "root", () => CheckReachability(definition.Root, problems));
        return problems;
    }

    private void CheckActivities(WorkflowDefinition definition, List<ValidationProblem> problems)
    {
        var firstById = new Dictionary<string, ActivityNode>(StringComparer.Ordinal);
        foreach (var node in definition.Root.Activities)
        {
            // Empty ids and types are already reported by the reader.
            if (!string.IsNullOrWhiteSpace(node.Id) && !firstById.TryAdd(node.Id, node))
                problems.Add(new($"{node.Path}.id", $"activity id {node.Id} is already used by {firstById[node.Id].Path}"));
            if (string.IsNullOrWhiteSpace(node.Type))
                continue;
            if (_registry.Find(node.Type) is not { } activity)
            {
                problems.Add(new($"{node.Path}.type", $"activity type {node.Type} is not supported by this engine"));
                continue;
            }

            Guard(problems, node.Path, () => _inputs.Check(definition, node, activity, problems));
        }
    }

    private static void CheckStart(Flowchart root, List<ValidationProblem> problems)
    {
        if (!string.IsNullOrEmpty(root.Start) && root.Find(root.Start) is null)
            problems.Add(new("root.start", $"start names activity {root.Start}, which is not in the flowchart"));
    }

    private void CheckConnections(WorkflowDefinition definition, List<ValidationProblem> problems)
    {
        var root = definition.Root;
        foreach (var connection in root.Connections)
        {
            var source = root.Find(connection.Source);
            if (source is null)
                problems.Add(new($"{connection.Path}.source", $"the connection's source {connection.Source} is not an activity of the flowchart"));
            if (root.Find(connection.Target) is null)
                problems.Add(new($"{connection.Path}.target", $"the connection's target {connection.Target} is not an activity of the flowchart"));
            if (source is null || _registry.Find(source.Type) is not { } activity)
                continue;
            Guard(problems, connection.Path, () => CheckPort(definition, connection, source, activity, problems));
        }
    }

    private static void CheckPort(WorkflowDefinition definition, FlowConnection connection, ActivityNode source, Activity activity, List<ValidationProblem> problems)
    {
        // Null ports are only known at run time (computed branches or outcomes), so any port may be right.
        var ports = activity.PortsOf(source);
        if (ports is null || ports.Contains(connection.SourcePort, StringComparer.Ordinal))
            return;
        var message = ports.Count == 0
            ? $"{source.Id} ({source.Type}) has no outbound ports, so nothing leaves it by port {connection.SourcePort}"
            : $"{source.Id} ({source.Type}) has no port {connection.SourcePort}; its ports are {string.Join(", ", ports)}";
        problems.Add(new(SourcePortPath(definition, connection), message));
    }

    // Elsa 3.1+ nests the port in the source object; Elsa 3.0 writes sourcePort beside a flat source.
    private static string SourcePortPath(WorkflowDefinition definition, FlowConnection connection)
    {
        var written = (definition.Document["root"]?["connections"] as JsonArray)?.ElementAtOrDefault(connection.Index);
        return written?["source"] is JsonObject ? $"{connection.Path}.source.port" : $"{connection.Path}.sourcePort";
    }

    private static void CheckVariables(JsonObject document, List<ValidationProblem> problems)
    {
        // Read from the document, not the definition: the reader drops unnamed variables, which would shift the indexes.
        if (document["variables"] is not JsonArray variables)
            return;
        var firstByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < variables.Count; i++)
        {
            if (variables[i] is not JsonObject variable || variable["name"] is not JsonValue value || !value.TryGetValue<string>(out var name) || string.IsNullOrWhiteSpace(name))
                continue;
            if (!firstByName.TryAdd(name, i))
                problems.Add(new($"variables[{i}].name", $"variable {name} is already declared at variables[{firstByName[name]}]"));
        }
    }

    private static void CheckReachability(Flowchart root, List<ValidationProblem> problems)
    {
        var start = CompiledWorkflow.FindStart(root);
        if (start < 0)
            return;
        var activities = root.Activities;
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < activities.Count; i++)
            indexOf.TryAdd(activities[i].Id, i);
        var next = root.Connections
            .Where(c => indexOf.ContainsKey(c.Source) && indexOf.ContainsKey(c.Target))
            .ToLookup(c => indexOf[c.Source], c => indexOf[c.Target]);

        var reached = new bool[activities.Count];
        var pending = new Stack<int>([start]);
        reached[start] = true;
        while (pending.TryPop(out var current))
        {
            foreach (var target in next[current])
            {
                if (!reached[target])
                {
                    reached[target] = true;
                    pending.Push(target);
                }
            }
        }

        for (var i = 0; i < activities.Count; i++)
        {
            // A second activity with a taken id is already an error; the runtime only ever runs the first.
            if (reached[i] || indexOf[activities[i].Id] != i)
                continue;
            problems.Add(new(activities[i].Path, $"activity {activities[i].Id} cannot be reached from the start activity {activities[start].Id}, so it never runs",
                ProblemSeverity.Warning));
        }
    }

    private static void Guard(List<ValidationProblem> problems, string path, Action check)
    {
        try
        {
            check();
        }
#pragma warning disable CA1031 // A validator bug or an unforeseen shape must become a problem at its path, never escape to the caller.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            problems.Add(Failure(path, ex));
        }
    }

    private static ValidationProblem Failure(string path, Exception ex) => new(path, $"{InternalFailurePrefix}{ex.GetType().Name}: {ex.Message}");
}
