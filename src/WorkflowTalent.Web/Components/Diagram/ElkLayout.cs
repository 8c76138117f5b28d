using Microsoft.JSInterop;

namespace WorkflowTalent.Web.Components.Diagram;

/// <summary>
/// The automatic layout for definitions without designer positions: elkjs's layered algorithm (Eclipse Layout
/// Kernel, vendored in wwwroot/lib/elkjs), run in the browser by wwwroot/js/diagram.js.
/// </summary>
public static class ElkLayout
{
    private const double LabelHeight = 14;
    private const double MinWidth = 120;
    private const double MaxWidth = 280;
    private const double Padding = 24;

    public const string ModulePath = "./_content/WorkflowTalent.Web/js/diagram.js";

    public static async Task<DiagramLayout> ComputeAsync(IJSObjectReference module, DiagramGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(graph);
        var request = new ElkRequest(
            [.. graph.Nodes.Select(n => new ElkNodeSize(n.Id, Width(n), NodeHeight(n)))],
            [.. graph.Edges.Select(e => new ElkEdgeRequest(e.Id, e.Source, e.Target, ShowsPort(e) ? DiagramLabel.Width(e.Port) + 4 : 0, LabelHeight))]);
        var answer = await module.InvokeAsync<ElkAnswer>("layout", cancellationToken, request);

        var boxes = answer.Nodes.ToDictionary(n => n.Id, n => new DiagramBox(n.X, n.Y, n.Width, n.Height), StringComparer.Ordinal);
        var edges = graph.Edges.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var routes = answer.Edges
            .Where(e => edges.ContainsKey(e.Id) && e.Points.Count >= 2)
            .Select(e => new DiagramRoute(edges[e.Id], e.Points, e.Label is { } l ? new DiagramPoint(l.X, l.Y + LabelHeight - 3) : null))
            .ToList();
        return new DiagramLayout(boxes, routes, "elk");
    }

    /// <summary>Ports other than the plain "Done" carry meaning (True, Approve, Overdue …) and are named on the edge.</summary>
    public static bool ShowsPort(DiagramEdge edge) => edge is { Port: not ("Done" or "") };

    private static double Width(DiagramNode node) =>
        Math.Clamp(DiagramLabel.Lines(node.Label).Max(DiagramLabel.Width) + Padding, MinWidth, MaxWidth);

    private static double NodeHeight(DiagramNode node) => DiagramLabel.Lines(node.Label).Count > 1 ? 50 : 40;

    private sealed record ElkRequest(IReadOnlyList<ElkNodeSize> Nodes, IReadOnlyList<ElkEdgeRequest> Edges);

    private sealed record ElkNodeSize(string Id, double Width, double Height);

    private sealed record ElkEdgeRequest(string Id, string Source, string Target, double LabelWidth, double LabelHeight);

    private sealed record ElkAnswer(IReadOnlyList<ElkNode> Nodes, IReadOnlyList<ElkEdge> Edges);

    private sealed record ElkNode(string Id, double X, double Y, double Width, double Height);

    private sealed record ElkEdge(string Id, IReadOnlyList<DiagramPoint> Points, ElkLabel? Label);

    private sealed record ElkLabel(double X, double Y);
}
