using System.Text.Json.Nodes;

namespace WorkflowTalent.Workflows.Tests.Validation;

/// <summary>Builds definition JSON in Elsa 3's shape, so each test states only what it is about.</summary>
public sealed class TestDefinition
{
    private readonly JsonArray _activities = [];
    private readonly JsonArray _connections = [];
    private readonly JsonArray _variables = [];
    private string? _start;

    public TestDefinition Activity(string id, string type, params (string Name, JsonNode? Value)[] inputs)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type, ["version"] = 1 };
        foreach (var (name, value) in inputs)
            activity[name] = value;
        _activities.Add(activity);
        return this;
    }

    public TestDefinition WriteLine(string id, string text = "hello") => Activity(id, "Elsa.WriteLine", ("text", Literal(text)));

    public TestDefinition HumanTask(string id, params (string Name, JsonNode? Value)[] inputs) =>
        Activity(id, "WorkflowTalent.HumanTask", [("role", Literal("CountyOrganization")), ("outcomes", Literal("[\"Approve\",\"Reject\"]")), .. inputs]);

    public TestDefinition Connect(string source, string target, string port = "Done")
    {
        _connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
        });
        return this;
    }

    /// <summary>A connection in Elsa 3.0's flat shape.</summary>
    public TestDefinition ConnectFlat(string source, string target, string port = "Done")
    {
        _connections.Add(new JsonObject { ["source"] = source, ["target"] = target, ["sourcePort"] = port, ["targetPort"] = "In" });
        return this;
    }

    public TestDefinition Variable(string name, string typeName = "Object")
    {
        _variables.Add(new JsonObject { ["id"] = $"var-{_variables.Count}", ["name"] = name, ["typeName"] = typeName });
        return this;
    }

    public TestDefinition Start(string activityId)
    {
        _start = activityId;
        return this;
    }

    public string ToJson()
    {
        var root = new JsonObject
        {
            ["type"] = "Elsa.Flowchart",
            ["id"] = "Flowchart1",
            ["activities"] = _activities.DeepClone(),
            ["connections"] = _connections.DeepClone(),
        };
        if (_start is not null)
            root["start"] = _start;
        return new JsonObject
        {
            ["id"] = "test:v1",
            ["definitionId"] = "test",
            ["version"] = 1,
            ["variables"] = _variables.DeepClone(),
            ["root"] = root,
        }.ToJsonString();
    }

    public static JsonNode Literal(JsonNode? value) => Expression("Literal", value);

    public static JsonNode JavaScript(string script) => Expression("JavaScript", script);

    public static JsonNode Expression(string type, JsonNode? value) =>
        new JsonObject { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = type, ["value"] = value } };
}
