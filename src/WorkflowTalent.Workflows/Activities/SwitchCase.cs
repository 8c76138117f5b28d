using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>
/// A FlowSwitch case: <c>{ "label", "condition" }</c>, the condition an expression object
/// <c>{ "type", "value" }</c>, a boolean, or a bare string read as JavaScript.
/// </summary>
public sealed record SwitchCase(string Label, InputValue Condition)
{
    /// <summary>The cases as written, or null when they are not a literal list.</summary>
    public static IReadOnlyList<SwitchCase>? Read(ActivityNode node)
    {
        var input = node.Input("cases");
        if (input is null)
            return [];
        if (input.Type is not (ExpressionType.Literal or ExpressionType.Object) || JsonValues.AsJson(input.Value) is not JsonArray array)
            return null;
        var cases = new List<SwitchCase>();
        foreach (var item in array)
        {
            if (item is not JsonObject obj || JsonValues.AsText(obj["label"]) is not { } label)
                return null;
            cases.Add(new SwitchCase(label, ReadCondition(obj["condition"])));
        }

        return cases;
    }

    private static InputValue ReadCondition(JsonNode? condition) => condition switch
    {
        JsonObject obj when obj.ContainsKey("expression") => DefinitionSerializer.ReadInput(obj),
        JsonObject obj when obj["type"] is JsonValue t && t.TryGetValue<string>(out var type) =>
            EnumNames.TryParse<ExpressionType>(type, out var kind) ? new InputValue(kind, obj["value"], null) : new InputValue(ExpressionType.Literal, obj["value"], null, type),
        JsonValue v when v.TryGetValue<string>(out var script) => new InputValue(ExpressionType.JavaScript, JsonValue.Create(script), null),
        _ => InputValue.Literal(condition),
    };
}
