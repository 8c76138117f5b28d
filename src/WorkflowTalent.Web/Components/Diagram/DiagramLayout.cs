namespace WorkflowTalent.Web.Components.Diagram;

/// <summary>Where each node stands and how each edge runs, in the diagram's own units, with the box around them all.</summary>
public sealed class DiagramLayout
{
    private const double Margin = 24;
    private const double Gap = 10;

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
    /// enters its target's left side in three straight segments, as the designer draws them, or, to a target that is
    /// not to the right, runs from the source's bottom (top) to the target's top (bottom).
    /// </summary>
    public static DiagramLayout FromDesigner(DiagramGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var boxes = graph.Nodes.ToDictionary(n => n.Id, n => n.Designer!, StringComparer.Ordinal);
        var routes = graph.Edges.Select(e => Route(e, boxes[e.Source], boxes[e.Target])).ToList();
        return new DiagramLayout(boxes, routes, "designer");
    }

    private static DiagramRoute Route(DiagramEdge edge, DiagramBox from, DiagramBox to)
    {
        if (to.X >= from.X + from.Width + Gap)
        {
            var start = new DiagramPoint(from.X + from.Width, from.Y + from.Height / 2);
            var end = new DiagramPoint(to.X, to.Y + to.Height / 2);
            var middle = (start.X + end.X) / 2;
            // The port's name ends just before the arrow: the ports of a fork or of one task all leave from the
            // same point, but they arrive at different activities.
            return new DiagramRoute(edge, [start, new(middle, start.Y), new(middle, end.Y), end], new DiagramPoint(end.X - 8, end.Y - 5), "end");
        }

        // A target below or above rather than to the right (a decision's other branch): bottom to top, or top to bottom.
        var below = to.Y >= from.Y + from.Height / 2;
        var down = new DiagramPoint(from.X + from.Width / 2, below ? from.Y + from.Height : from.Y);
        var into = new DiagramPoint(to.X + to.Width / 2, below ? to.Y : to.Y + to.Height);
        var turn = (down.Y + into.Y) / 2;
        return new DiagramRoute(edge, [down, new(down.X, turn), new(into.X, turn), into],
            new DiagramPoint(into.X + 6, below ? into.Y - 8 : into.Y + 14), "start");
    }
}

/// <summary>
/// An edge as drawn: its connection, the points of its route, and where its port's name goes (if shown), anchored
/// there by its start or its end (SVG text-anchor).
/// </summary>
public sealed record DiagramRoute(DiagramEdge Edge, IReadOnlyList<DiagramPoint> Points, DiagramPoint? Label, string LabelAnchor = "start");
