using WorkflowTalent.Web.Components.Diagram;

namespace WorkflowTalent.Web.Tests.Components;

public sealed class DiagramGraphFacts
{
    private const string WithPositions = """
        {"definitionId":"d","root":{"type":"Elsa.Flowchart","activities":[
          {"id":"a","type":"Elsa.Start","metadata":{"displayText":"开始 Start","designer":{"position":{"x":-10,"y":20},"size":{"width":150,"height":40}}}},
          {"id":"b","type":"WorkflowTalent.HumanTask","metadata":{"designer":{"position":{"x":300,"y":20}}}}],
         "connections":[
          {"source":{"activity":"a","port":"Done"},"target":{"activity":"b","port":"In"}},
          {"source":{"activity":"b","port":"Approve"},"target":{"activity":"gone","port":"In"}}]}}
        """;

    [Fact]
    public void Parse_ReadsDesignerBoxesLabelsAndKnownConnections_WhenEveryActivityHasAPosition()
    {
        var graph = DiagramGraph.Parse(WithPositions)!;

        Assert.True(graph.HasDesignerLayout);
        Assert.Equal(["a", "b"], graph.Nodes.Select(n => n.Id));
        Assert.Equal("开始 Start", graph.Nodes[0].Label);
        Assert.Equal("HumanTask", graph.Nodes[1].Label);
        Assert.Equal(new DiagramBox(-10, 20, 150, 40), graph.Nodes[0].Designer);
        Assert.Equal(new DiagramBox(300, 20, DiagramNode.DefaultWidth, DiagramNode.DefaultHeight), graph.Nodes[1].Designer);
        var edge = Assert.Single(graph.Edges);
        Assert.Equal(("a", "b", "Done"), (edge.Source, edge.Target, edge.Port));
    }

    [Fact]
    public void FromDesigner_KeepsTheJsonsCoordinates_AndRunsEdgesFromRightSideToLeftSide()
    {
        var layout = DiagramLayout.FromDesigner(DiagramGraph.Parse(WithPositions)!);

        Assert.Equal(new DiagramBox(-10, 20, 150, 40), layout.Nodes["a"]);
        var route = Assert.Single(layout.Edges);
        Assert.Equal(new DiagramPoint(140, 40), route.Points[0]);
        Assert.Equal(new DiagramPoint(300, 45), route.Points[^1]);
        Assert.True(layout.Bounds.X < -10 && layout.Bounds.Y < 20 && layout.Bounds.X + layout.Bounds.Width > 480);
    }

    [Fact]
    public void FromDesigner_RunsFromBottomToTop_WhenTheTargetStandsBelowRatherThanToTheRight()
    {
        var below = WithPositions.Replace("\"x\":300,\"y\":20", "\"x\":0,\"y\":200", StringComparison.Ordinal);

        var route = Assert.Single(DiagramLayout.FromDesigner(DiagramGraph.Parse(below)!).Edges);

        Assert.Equal(new DiagramPoint(65, 60), route.Points[0]);
        Assert.Equal(new DiagramPoint(90, 200), route.Points[^1]);
    }

    [Fact]
    public void Parse_HasNoDesignerLayout_WhenOneActivityLacksAPosition()
    {
        var graph = DiagramGraph.Parse(WithPositions.Replace("\"designer\":{\"position\":{\"x\":300,\"y\":20}}", "\"note\":1", StringComparison.Ordinal))!;

        Assert.False(graph.HasDesignerLayout);
        Assert.Equal(2, graph.Nodes.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"root\":")]
    [InlineData("[1,2]")]
    [InlineData("{\"root\":{\"type\":\"Elsa.Flowchart\"}}")]
    public void Parse_AnswersNull_WhenTheTextIsNoFlowchartDefinition(string json) =>
        Assert.Null(DiagramGraph.Parse(json));

    [Theory]
    [InlineData("县区委组织部审批 County approval", new[] { "县区委组织部审批", "County approval" })]
    [InlineData("结束 End", new[] { "结束", "End" })]
    [InlineData("Count days", new[] { "Count days" })]
    public void Lines_PutsTheChineseOverTheEnglish(string label, string[] lines) =>
        Assert.Equal(lines, DiagramLabel.Lines(label));
}
