using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Definitions;

namespace WorkflowTalent.Workflows.Tests.Support;

/// <summary>
/// Builds a definition in Elsa 3's JSON shape (wrapped inputs, nested connections), so a test states
/// only the activities and paths it is about. <see cref="Build"/> reads it back through
/// <see cref="DefinitionSerializer"/>, as a definition from a file would be read.
/// </summary>
public sealed class DefinitionBuilder(string definitionId, int version = 1)
{
    private readonly JsonArray _activities = [];
    private readonly JsonArray _connections = [];
    private readonly JsonArray _variables = [];

    public static JsonObject Literal(JsonNode? value, string typeName = "String") =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };

    public static JsonObject JavaScript(string script, string typeName = "Object") =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = script } };

    public DefinitionBuilder Variable(string name, string typeName = "Object", string? value = null)
    {
        _variables.Add(new JsonObject { ["id"] = $"{name}Var", ["name"] = name, ["typeName"] = typeName, ["value"] = value });
        return this;
    }

    public DefinitionBuilder Activity(string id, string type, params (string Name, JsonNode? Value)[] inputs)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type, ["version"] = 1 };
        foreach (var (name, value) in inputs)
            activity[name] = value;
        _activities.Add(activity);
        return this;
    }

    public DefinitionBuilder Start(string id = "start") => Activity(id, "Elsa.Start");

    public DefinitionBuilder WriteLine(string id, string text) => Activity(id, "Elsa.WriteLine", ("text", Literal(text)));

    public DefinitionBuilder WriteLineScript(string id, string script) => Activity(id, "Elsa.WriteLine", ("text", JavaScript(script, "String")));

    /// <summary>A <c>WorkflowTalent.HumanTask</c> for a role; more inputs (scope, due, escalation, resultVariable …) as given.</summary>
    public DefinitionBuilder HumanTask(string id, string role, IReadOnlyList<string> outcomes, params (string Name, JsonNode? Value)[] inputs) =>
        Activity(id, "WorkflowTalent.HumanTask",
        [
            ("title", Literal($"Task {id}")), ("role", Literal(role)),
            ("outcomes", Literal(new JsonArray([.. outcomes.Select(o => (JsonNode?)JsonValue.Create(o))]), "String[]")),
            .. inputs,
        ]);

    public DefinitionBuilder Connect(string source, string target, string port = "Done")
    {
        _connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
        });
        return this;
    }

    /// <summary>Connects each activity's Done port to the next.</summary>
    public DefinitionBuilder Chain(params string[] ids)
    {
        for (var i = 1; i < ids.Length; i++)
            Connect(ids[i - 1], ids[i]);
        return this;
    }

    public JsonObject Document() => new()
    {
        ["id"] = $"{definitionId}-v{version}",
        ["definitionId"] = definitionId,
        ["name"] = definitionId,
        ["version"] = version,
        ["isLatest"] = true,
        ["isPublished"] = true,
        ["variables"] = _variables.DeepClone(),
        ["inputs"] = new JsonArray(),
        ["outputs"] = new JsonArray(),
        ["outcomes"] = new JsonArray(),
        ["customProperties"] = new JsonObject(),
        ["root"] = new JsonObject
        {
            ["type"] = "Elsa.Flowchart",
            ["id"] = "Flowchart1",
            ["version"] = 1,
            ["activities"] = _activities.DeepClone(),
            ["connections"] = _connections.DeepClone(),
        },
    };

    public WorkflowDefinition Build()
    {
        var read = DefinitionSerializer.Read(Document());
        if (read.HasErrors)
            throw new InvalidOperationException($"the test definition {definitionId} does not read: {string.Join("; ", read.Problems)}");
        return read.Definition!;
    }
}
