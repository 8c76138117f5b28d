using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>
/// Reads JSON scalars whatever backs them: a parsed <see cref="JsonElement"/> or a CLR value
/// (<c>JsonValue.Create(5)</c>, a <see cref="DateTimeOffset"/>), which <c>TryGetValue</c> alone does not convert.
/// </summary>
internal static class JsonScalars
{
    public static string GetString(JsonValue value)
    {
        if (value.TryGetValue<string>(out var text))
            return text;
        using var document = JsonDocument.Parse(value.ToJsonString());
        return document.RootElement.GetString() ?? "";
    }

    public static double GetDouble(JsonValue value)
    {
        if (value.TryGetValue<double>(out var d))
            return d;
        if (value.TryGetValue<long>(out var l))
            return l;
        if (value.TryGetValue<int>(out var i))
            return i;
        if (value.TryGetValue<decimal>(out var m))
            return (double)m;
        return double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public static bool TryGetDecimal(JsonValue value, out decimal result)
    {
        if (value.TryGetValue(out result))
            return true;
        if (value.TryGetValue<long>(out var l))
        {
            result = l;
            return true;
        }

        if (value.TryGetValue<int>(out var i))
        {
            result = i;
            return true;
        }

        return decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out result);
    }
}
