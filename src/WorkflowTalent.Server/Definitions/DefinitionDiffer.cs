using System.Text.Json;
using System.Text.Json.Nodes;
using DiffPlex;
using DiffPlex.Renderer;
using WorkflowTalent.Workflows.Definitions;

namespace WorkflowTalent.Server.Definitions;

/// <summary>Compares two stored versions of a definition.</summary>
public static class DefinitionDiffer
{
    private const int ContextLines = 3;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static DefinitionDiff Compare(string definitionId, int fromVersion, string fromJson, int toVersion, string toJson)
    {
        var from = Read(fromJson);
        var to = Read(toJson);

        // Both sides written the same way, so that only content shows, not how a file happened to be formatted.
        var fromText = from.Document.ToJsonString(Indented);
        var toText = to.Document.ToJsonString(Indented);
        var lines = Differ.Instance.CreateLineDiffs(fromText, toText, ignoreWhitespace: false);
        var unified = new UnidiffRenderer(Differ.Instance, ContextLines).Generate(lines, $"{definitionId} v{fromVersion}", $"{definitionId} v{toVersion}");

        return new DefinitionDiff(definitionId, fromVersion, toVersion,
            lines.DiffBlocks.Sum(b => b.InsertCountB),
            lines.DiffBlocks.Sum(b => b.DeleteCountA),
            unified,
            Structure(from, to));
    }

    private static DefinitionDiff.Structure Structure(WorkflowDefinition from, WorkflowDefinition to)
    {
        var fromActivities = ById(from.Root.Activities);
        var toActivities = ById(to.Root.Activities);
        var fromConnections = from.Root.Connections.Select(Describe).ToHashSet(StringComparer.Ordinal);
        var toConnections = to.Root.Connections.Select(Describe).ToHashSet(StringComparer.Ordinal);
        var fromVariables = from.Variables.GroupBy(v => v.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var toVariables = to.Variables.GroupBy(v => v.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        return new(
            [.. toActivities.Keys.Where(id => !fromActivities.ContainsKey(id))],
            [.. fromActivities.Keys.Where(id => !toActivities.ContainsKey(id))],
            [.. fromActivities.Where(a => toActivities.TryGetValue(a.Key, out var other) && !JsonNode.DeepEquals(a.Value, other)).Select(a => a.Key)],
            [.. toConnections.Where(c => !fromConnections.Contains(c))],
            [.. fromConnections.Where(c => !toConnections.Contains(c))],
            [.. toVariables.Keys.Where(name => !fromVariables.ContainsKey(name))],
            [.. fromVariables.Keys.Where(name => !toVariables.ContainsKey(name))],
            [.. fromVariables.Where(v => toVariables.TryGetValue(v.Key, out var other)
                    && (v.Value.TypeName != other.TypeName || !JsonNode.DeepEquals(v.Value.Value, other.Value)))
                .Select(v => v.Key)]);
    }

    // An activity's designer metadata (its position on the canvas) does not change the process.
    private static Dictionary<string, JsonObject> ById(IEnumerable<ActivityNode> activities)
    {
        var byId = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            var copy = (JsonObject)activity.Source.DeepClone();
            copy.Remove("metadata");
            byId.TryAdd(activity.Id, copy);
        }

        return byId;
    }

    private static string Describe(FlowConnection c) => $"{c.Source}:{c.SourcePort} -> {c.Target}:{c.TargetPort}";

    private static WorkflowDefinition Read(string json) =>
        DefinitionSerializer.Read(json).Definition ?? throw new InvalidOperationException("a stored definition version does not read");
}
