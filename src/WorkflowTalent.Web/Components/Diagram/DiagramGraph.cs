using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowTalent.Web.Components.Diagram;

/// <summary>
/// What a diagram draws of an Elsa 3 definition: the root flowchart's activities (with their designer position when
/// the JSON has one) and its connections. Nested flowcharts are drawn as one node, as the designer shows them.
/// </summary>
public sealed record DiagramGraph(IReadOnlyList<DiagramNode> Nodes, IReadOnlyList<DiagramEdge> Edges)
{
    /// <summary>True when every activity has a designer position, so the diagram shows the author's own layout.</summary>
    public bool HasDesignerLayout => Nodes.Count > 0 && Nodes.All(n => n.Designer is not null);

    /// <summary>The graph of <paramref name="json"/>, or null when it is not a definition with a flowchart root.</summary>
    public static DiagramGraph? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return null;
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            // An editor previews what is being typed: half-written JSON draws nothing rather than failing the page.
            return null;
        }

        if (document is not JsonObject definition || definition["root"] is not JsonObject root || root["activities"] is not JsonArray activities)
            return null;

        var nodes = new List<DiagramNode>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var activity in activities.OfType<JsonObject>())
        {
            if (Text(activity["id"]) is not { Length: > 0 } id || !ids.Add(id))
                continue;
            var type = Text(activity["type"]) ?? "";
            var metadata = activity["metadata"] as JsonObject;
            var label = Text(metadata?["displayText"]) ?? Text(activity["displayText"]) ?? Text(activity["name"]) ?? ShortType(type);
            nodes.Add(new DiagramNode(id, type, label, Designer(metadata?["designer"] as JsonObject)));
        }

        var edges = new List<DiagramEdge>();
        foreach (var connection in (root["connections"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var source = Text(connection["source"]?["activity"]);
            var target = Text(connection["target"]?["activity"]);
            if (source is null || target is null || !ids.Contains(source) || !ids.Contains(target))
                continue;
            edges.Add(new DiagramEdge($"e{edges.Count}", source, target, Text(connection["source"]?["port"]) ?? "Done"));
        }

        return new DiagramGraph(nodes, edges);
    }

    private static DiagramBox? Designer(JsonObject? designer)
    {
        if (designer?["position"] is not JsonObject position || Number(position["x"]) is not { } x || Number(position["y"]) is not { } y)
            return null;
        var size = designer["size"] as JsonObject;
        return new DiagramBox(x, y,
            Number(size?["width"]) is { } width and > 0 ? width : DiagramNode.DefaultWidth,
            Number(size?["height"]) is { } height and > 0 ? height : DiagramNode.DefaultHeight);
    }

    private static string ShortType(string type) => type[(type.LastIndexOf('.') + 1)..];

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static double? Number(JsonNode? node) => node is JsonValue value
        ? value.TryGetValue<double>(out var number) ? number
        : value.TryGetValue<string>(out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number) ? number : null
        : null;
}

/// <summary>An activity: its id, Elsa type, the text it shows, and where the designer put it (if it did).</summary>
public sealed record DiagramNode(string Id, string Type, string Label, DiagramBox? Designer)
{
    public const double DefaultWidth = 180;
    public const double DefaultHeight = 50;
}

/// <summary>A connection from an activity's port (Done, True, Approve …) to the next activity.</summary>
public sealed record DiagramEdge(string Id, string Source, string Target, string Port);

/// <summary>A node's box: top-left corner and size, in the diagram's own units.</summary>
public sealed record DiagramBox(double X, double Y, double Width, double Height);

/// <summary>A point of an edge's route.</summary>
public sealed record DiagramPoint(double X, double Y);
