using System.Text.Json.Nodes;

namespace WorkflowTalent.Workflows.Definitions;

/// <summary>
/// One activity input as Elsa writes it: <c>{ "typeName", "expression": { "type", "value" } }</c>,
/// or a bare JSON value, which is read as a literal.
/// </summary>
public sealed record InputValue(ExpressionType Type, JsonNode? Value, string? TypeName, string? UnknownExpressionType = null)
{
    public static InputValue Literal(JsonNode? value) => new(ExpressionType.Literal, value, null);

    /// <summary>The value as written, as text (scripts, templates, variable names, literal strings).</summary>
    public string? Text => Value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => Value.ToJsonString(),
    };
}
