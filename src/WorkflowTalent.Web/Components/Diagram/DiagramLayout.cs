namespace WorkflowTalent.Web.Components.Diagram;

/// <summary>Where each node stands and how each edge runs, in the diagram's own units, with the box around them all.</summary>
public sealed class DiagramLayout
{
    private const double Margin = 24;

    public DiagramLayout(IReadOnlyDictionary<string, DiagramBox> nodes, IReadOnlyList<DiagramRoute> edges, string source)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        Nodes = nodes;
        Edges = edges;
        Source = source;
        var points = nodes.Values.SelectMany(b => new[] { new DiagramPoint(b.X, b.Y), new DiagramPoint(b.X + b.Width, b.Y + b.Height) })
            .Concat(edges.SelectMany(e => e.Points))
            .ToList();
        var minX = points.Count == 0 ? 0 : points.Min(p => p.X);
        var minY = points.Count == 0 ? 0 : points.Min(p => p.Y);
        var maxX = points.Count == 0 ? 0 : points.Max(p => p.X);
        var maxY = points.Count == 0 ? 0 : points.Max(p => p.Y);
        Bounds = new DiagramBox(minX - Margin, minY - Margin, maxX - minX + 2 * Margin, maxY - minY + 2 * Margin);
    }

    public IReadOnlyDictionary<string, DiagramBox> Nodes { get; }

    public IReadOnlyList<DiagramRoute> Edges { get; }

    /// <summary>"designer" when the positions are the definition's own, "elk" when computed.</summary>
    public string Source { get; }

    public DiagramBox Bounds { get; }

    /// <summary>
    /// The author's positions (metadata.designer) as they are; each connection leaves its source's right side and
    /// enters its target's left side in three straight segments, as the designer draws them.
    /// </summary>
    public static DiagramLayout FromDesigner(DiagramGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var boxes = graph.Nodes.ToDictionary(n => n.Id, n => n.Designer!, StringComparer.Ordinal);
        var routes = graph.Edges.Select(e =>
        {
            var from = boxes[e.Source];
            var to = boxes[e.Target];
            var start = new DiagramPoint(from.X + from.Width, from.Y + from.Height / 2);
            var end = new DiagramPoint(to.X, to.Y + to.Height / 2);
            var middle = (start.X + end.X) / 2;
            DiagramPoint[] points = [start, new(middle, start.Y), new(middle, end.Y), end];
            // The port's name ends just before the arrow: the ports of a fork or of one task all leave from the same
            // point, but they arrive at different activities.
            return new DiagramRoute(e, points, new DiagramPoint(end.X - 8, end.Y - 5), "end");
        }).ToList();
        return new DiagramLayout(boxes, routes, "designer");
    }
}

/// <summary>
/// An edge as drawn: its connection, the points of its route, and where its port's name goes (if shown), anchored
/// there by its start or its end (SVG text-anchor).
/// </summary>
public sealed record DiagramRoute(DiagramEdge Edge, IReadOnlyList<DiagramPoint> Points, DiagramPoint? Label, string LabelAnchor = "start");
