using System.Text.Json.Nodes;

namespace WorkflowTalent.Cli.Tests;

/// <summary>Builds small Elsa 3 flowchart definitions for tests.</summary>
internal sealed class DefinitionBuilder(string definitionId, string name = "测试流程")
{
    private readonly JsonArray _variables = [];
    private readonly JsonArray _activities = [];
    private readonly JsonArray _connections = [];

    public DefinitionBuilder Variable(string variableName, string typeName, string value)
    {
        _variables.Add(new JsonObject { ["id"] = variableName, ["name"] = variableName, ["typeName"] = typeName, ["value"] = value });
        return this;
    }

    public DefinitionBuilder Activity(string id, string type, params (string Name, JsonNode Value)[] inputs)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type, ["version"] = 1 };
        foreach (var (inputName, value) in inputs)
            activity[inputName] = value;
        _activities.Add(activity);
        return this;
    }

    public DefinitionBuilder Start(string id = "start") => Activity(id, "Elsa.Start");

    public DefinitionBuilder WriteLine(string id, string text) => Activity(id, "Elsa.WriteLine", ("text", Literal(text)));

    public DefinitionBuilder Delay(string id, string timeSpan) => Activity(id, "Elsa.Delay", ("timeSpan", Literal(timeSpan)));

    public DefinitionBuilder HumanTask(string id, string title, string role, string outcomes, string? resultVariable = null)
    {
        var inputs = new List<(string, JsonNode)>
        {
            ("title", Input("Liquid", title)),
            ("role", Literal(role)),
            ("outcomes", Literal(outcomes, "String[]")),
        };
        if (resultVariable is not null)
            inputs.Add(("resultVariable", JsonValue.Create(resultVariable)));
        return Activity(id, "WorkflowTalent.HumanTask", [.. inputs]);
    }

    public DefinitionBuilder Connect(string source, string target, string port = "Done")
    {
        _connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
        });
        return this;
    }

    public string ToJson() => new JsonObject
    {
        ["id"] = $"{definitionId}-v1",
        ["definitionId"] = definitionId,
        ["name"] = name,
        ["version"] = 1,
        ["isLatest"] = true,
        ["isPublished"] = true,
        ["variables"] = _variables.DeepClone(),
        ["root"] = new JsonObject
        {
            ["type"] = "Elsa.Flowchart",
            ["id"] = "flowchart1",
            ["version"] = 1,
            ["activities"] = _activities.DeepClone(),
            ["connections"] = _connections.DeepClone(),
        },
    }.ToJsonString();

    public static JsonObject Literal(string value, string typeName = "String") => Input("Literal", value, typeName);

    public static JsonObject Input(string expressionType, string value, string typeName = "String") => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = expressionType, ["value"] = value },
    };
}
