using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Definitions;

namespace WorkflowTalent.Workflows.Runtime;

/// <summary>Reads evaluated inputs (JSON values) as the kinds activities need, the lenient way Elsa's literals are written.</summary>
public static class JsonValues
{
    public static string? AsText(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.GetValueKind() == JsonValueKind.True => "true",
        JsonValue v when v.GetValueKind() == JsonValueKind.False => "false",
        _ => node.ToJsonString(),
    };

    public static bool AsBoolean(JsonNode? node) => node switch
    {
        null => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
        JsonValue v when v.TryGetValue<string>(out var s) => bool.TryParse(s.Trim(), out var b) ? b : s.Length > 0,
        JsonValue v when v.TryGetValue<double>(out var d) => d != 0,
        _ => true,
    };

    /// <summary>A JSON array of strings, JSON text of one, or a single value.</summary>
    public static IReadOnlyList<string> AsStringList(JsonNode? node)
    {
        node = AsJson(node);
        return node switch
        {
            null => [],
            JsonArray array => [.. array.Select(AsText).OfType<string>()],
            _ => AsText(node) is { Length: > 0 } single ? [single] : [],
        };
    }

    /// <summary>Text that holds a JSON array or object is parsed; anything else is returned as it is.</summary>
    public static JsonNode? AsJson(JsonNode? node)
    {
        if (node is JsonValue v && v.TryGetValue<string>(out var text))
        {
            var trimmed = text.AsSpan().Trim();
            if (trimmed.Length > 1 && (trimmed[0] == '[' || trimmed[0] == '{'))
            {
                try
                {
                    return JsonNode.Parse(text);
                }
                catch (JsonException)
                {
                    return node;
                }
            }
        }

        return node;
    }

    /// <summary>
    /// The variable an input names. Elsa writes SetVariable's <c>variable</c> as the variable object
    /// <c>{ id, name, typeName }</c> and outputs as <c>{ memoryReference: { id } }</c>; a bare name also works.
    /// </summary>
    public static string? VariableName(InputValue input, IReadOnlyList<VariableDefinition> variables)
    {
        var value = input.Type == ExpressionType.Literal || input.Type == ExpressionType.Object || input.Type == ExpressionType.Variable ? AsJson(input.Value) : input.Value;
        switch (value)
        {
            case JsonObject obj:
                var name = AsText(obj["name"]);
                if (!string.IsNullOrEmpty(name))
                    return name;
                var id = AsText(obj["id"]) ?? AsText((obj["memoryReference"] as JsonObject)?["id"]);
                return id is null ? null : variables.FirstOrDefault(v => v.Id == id)?.Name ?? variables.FirstOrDefault(v => v.Name == id)?.Name;
            case JsonValue:
                var text = AsText(value);
                if (string.IsNullOrEmpty(text))
                    return null;
                return variables.FirstOrDefault(v => v.Name == text)?.Name ?? variables.FirstOrDefault(v => v.Id == text)?.Name ?? text;
            default:
                return null;
        }
    }

    /// <summary>
    /// Converts a value to a declared variable type (Elsa writes initial values as text: <c>"0"</c> for an Int32),
    /// with the same rules scripts use (<see cref="Expressions.VariableCoercion"/>); a value that does not convert
    /// is kept as given. Object variables written as JSON text are parsed.
    /// </summary>
    public static JsonNode? Coerce(JsonNode? value, string? typeName)
    {
        if (value is not JsonValue || typeName is null)
            return value;
        if (typeName is "Object" or "ExpandoObject" or "JsonObject" or "JsonNode")
            return AsJson(value);
        try
        {
            return Expressions.VariableCoercion.Coerce(typeName, value);
        }
        catch (FormatException)
        {
            return value;
        }
    }
}
