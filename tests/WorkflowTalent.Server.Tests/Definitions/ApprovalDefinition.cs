using System.Text.Json.Nodes;

namespace WorkflowTalent.Server.Tests.Definitions;

/// <summary>
/// Builds a small definition in Elsa 3's JSON shape: start → approve (a county's human task) → done (WriteLine),
/// so that a case started on it waits for a person and stays running.
/// </summary>
public sealed record ApprovalDefinition(string DefinitionId)
{
    public string Name { get; init; } = "测试审批";

    /// <summary>What the last activity writes; change it to make a version that differs in one activity.</summary>
    public string DoneText { get; init; } = "approved";

    /// <summary>Where the second connection leads; another id makes the connection broken.</summary>
    public string DoneTarget { get; init; } = "done";

    public string? ExtraVariable { get; init; }

    public static string NewId() => $"t-{Guid.NewGuid():N}";

    public string Json() => Document().ToJsonString();

    public JsonObject Document()
    {
        JsonArray variables = [new JsonObject { ["id"] = "days", ["name"] = "days", ["typeName"] = "Int32", ["value"] = "0" }];
        if (ExtraVariable is { } extra)
            variables.Add(new JsonObject { ["id"] = extra, ["name"] = extra, ["typeName"] = "String", ["value"] = "" });
        return new JsonObject
        {
            ["id"] = $"{DefinitionId}:v1",
            ["definitionId"] = DefinitionId,
            ["name"] = Name,
            ["version"] = 1,
            ["isPublished"] = false,
            ["variables"] = variables,
            ["root"] = new JsonObject
            {
                ["type"] = "Elsa.Flowchart",
                ["id"] = "flowchart1",
                ["start"] = "start1",
                ["activities"] = new JsonArray(
                    new JsonObject { ["id"] = "start1", ["type"] = "Elsa.Start", ["version"] = 1 },
                    new JsonObject
                    {
                        ["id"] = "approve",
                        ["type"] = "WorkflowTalent.HumanTask",
                        ["version"] = 1,
                        ["title"] = Literal("审批"),
                        ["role"] = Literal("CountyOrganization"),
                        ["outcomes"] = Literal("[\"Approve\",\"Reject\"]", "String[]"),
                    },
                    new JsonObject { ["id"] = "done", ["type"] = "Elsa.WriteLine", ["version"] = 1, ["text"] = Literal(DoneText) }),
                ["connections"] = new JsonArray(Connect("start1", "Done", "approve"), Connect("approve", "Approve", DoneTarget)),
            },
        };
    }

    private static JsonObject Literal(string value, string typeName = "String") =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };

    private static JsonObject Connect(string source, string port, string target) => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
    };
}
