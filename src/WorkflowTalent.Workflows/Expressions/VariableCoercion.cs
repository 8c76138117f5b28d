using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>
/// Converts a value a script writes into a variable to the variable's declared type, as Elsa's typed variables
/// do (<c>setVariable('days', '3')</c> stores 3 in an Int32 variable). Other types are stored as given.
/// </summary>
internal static class VariableCoercion
{
    /// <summary>The value in the declared type's shape; throws <see cref="FormatException"/> when it cannot be.</summary>
    public static JsonNode? Coerce(string? typeName, JsonNode? value)
    {
        if (value is null || typeName is null)
            return value;
        var type = typeName.StartsWith("System.", StringComparison.Ordinal) ? typeName["System.".Length..] : typeName;
        return type.ToUpperInvariant() switch
        {
            "INT32" => JsonValue.Create((int)Whole(value, type, int.MinValue, int.MaxValue)),
            "INT64" => JsonValue.Create(Whole(value, type, long.MinValue, long.MaxValue)),
            "DOUBLE" => JsonValue.Create(Double(value, type)),
            "DECIMAL" => JsonValue.Create(Number(value, type)),
            "BOOLEAN" => JsonValue.Create(Boolean(value, type)),
            "STRING" => JsonValue.Create(Text(value)),
            _ => value,
        };
    }

    private static long Whole(JsonNode value, string type, long min, long max)
    {
        // Convert.ToInt32 semantics, as Elsa converts: round half to even.
        var rounded = Math.Round(Number(value, type), MidpointRounding.ToEven);
        return rounded >= min && rounded <= max ? (long)rounded : throw NotA(value, type);
    }

    private static double Double(JsonNode value, string type)
    {
        if (value is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.Number)
            return JsonScalars.GetDouble(scalar);
        if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String
            && double.TryParse(JsonScalars.GetString(text).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            return parsed;
        return (double)Number(value, type);
    }

    private static decimal Number(JsonNode value, string type)
    {
        if (value is not JsonValue scalar)
            throw NotA(value, type);
        switch (scalar.GetValueKind())
        {
            case JsonValueKind.Number when JsonScalars.TryGetDecimal(scalar, out var number):
                return number;
            case JsonValueKind.String when decimal.TryParse(JsonScalars.GetString(scalar).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
            case JsonValueKind.True:
                return 1;
            case JsonValueKind.False:
                return 0;
            default:
                throw NotA(value, type);
        }
    }

    private static bool Boolean(JsonNode value, string type)
    {
        if (value is not JsonValue scalar)
            throw NotA(value, type);
        return scalar.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => JsonScalars.GetDouble(scalar) != 0,
            JsonValueKind.String when bool.TryParse(JsonScalars.GetString(scalar).Trim(), out var parsed) => parsed,
            _ => throw NotA(value, type),
        };
    }

    private static string Text(JsonNode value) =>
        value is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.String ? JsonScalars.GetString(scalar) : value.ToJsonString();

    private static FormatException NotA(JsonNode value, string type) =>
        new($"{value.ToJsonString()} is not a valid {type}");
}
