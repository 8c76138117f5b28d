using WorkflowTalent.Web.Components.Definitions;

namespace WorkflowTalent.Web.Tests.Components;

public sealed class JsonPathLocatorFacts
{
    private const string Definition = """
        {
          "definitionId": "leave",
          "variables": [ { "name": "days" }, { "name": "approvalDue" } ],
          "root": {
            "activities": [
              { "id": "start", "type": "Elsa.Start" },
              { "id": "county", "title": "审批：请假", "form": "[{\"name\":\"comment\"}]" }
            ],
            "connections": [
              { "source": { "activity": "start" }, "target": { "activity": "county" } },
              { "source": { "activity": "county" },
                "target": { "activity": "nowhere" } }
            ]
          }
        }
        """;

    [Theory]
    [InlineData("definitionId", 2, 3)]
    [InlineData("variables[1].name", 3, 40)]
    [InlineData("root.activities[1]", 7, 7)]
    [InlineData("root.connections[1].target", 12, 9)]
    [InlineData("root.connections[1].target.activity", 12, 21)]
    public void Locate_FindsThePathsLineAndColumn(string path, int line, int column) =>
        Assert.Equal(new TextPosition(line, column), JsonPathLocator.Locate(Definition, path));

    [Fact]
    public void Locate_CountsColumnsInUtf16Characters_AfterChineseText() =>
        Assert.Equal(new TextPosition(7, 43), JsonPathLocator.Locate(Definition, "root.activities[1].form"));

    [Fact]
    public void Locate_FallsBackToTheDeepestPlaceFound_WhenThePathGoesIntoAString() =>
        Assert.Equal(JsonPathLocator.Locate(Definition, "root.activities[1].form"), JsonPathLocator.Locate(Definition, "root.activities[1].form[0].name"));

    [Fact]
    public void Locate_PlacesWhatCameBefore_WhenTheTextStopsParsing()
    {
        var broken = Definition[..Definition.IndexOf("\"connections\"", StringComparison.Ordinal)] + "\"connections\": [ { oops";

        Assert.Equal(new TextPosition(7, 9), JsonPathLocator.Locate(broken, "root.activities[1].id"));
        Assert.Null(JsonPathLocator.Locate("not json", "root"));
    }
}
