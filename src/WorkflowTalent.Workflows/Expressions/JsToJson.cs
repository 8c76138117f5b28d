using System.Globalization;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>
/// Turns a script's value into JSON the way <c>JSON.stringify</c> would, except that dates become ISO 8601 in
/// Asia/Shanghai time and whole numbers become integers. Functions, symbols and undefined become null.
/// </summary>
internal sealed class JsToJson
{
    private const int MaxDepth = 64;

    // A result is a value for an activity input, not a data set; the cap also bounds sparse arrays (`a.length = 1e9`).
    private const int MaxNodes = 100_000;

    // Jint checks its memory limit between statements, so one native call ('x'.repeat(1e8)) can build a
    // huge string as the very last value; it must not reach variables or the journal.
    private const int MaxTextLength = 1_000_000;

    private int _nodes;
    private long _characters;

    public static JsonNode? Convert(JsValue value) => new JsToJson().Node(value, 0);

    private JsonNode? Node(JsValue value, int depth)
    {
        if (++_nodes > MaxNodes)
            throw new ExpressionException($"JavaScript result has more than {MaxNodes.ToString("N0", CultureInfo.InvariantCulture)} values");
        switch (value.Type)
        {
            case Types.Boolean:
                return JsonValue.Create(value.AsBoolean());
            case Types.String:
                var text = value.AsString();
                if ((_characters += text.Length) > MaxTextLength)
                    throw new ExpressionException($"JavaScript result holds more than {MaxTextLength.ToString("N0", CultureInfo.InvariantCulture)} characters of text");
                return JsonValue.Create(text);
            case Types.Number:
                return Number(value.AsNumber());
            case Types.BigInt:
                return JsonNode.Parse(value.ToString());
            case Types.Object:
                break;
            default:
                return null;
        }

        if (value is JsDate date)
            return Date(date.DateValue);
        if (value.IsCallable())
            return null;
        if (depth >= MaxDepth)
            throw new ExpressionException($"JavaScript result nests deeper than {MaxDepth} levels");
        var obj = value.AsObject();
        return value.IsArray() ? Array(obj, depth) : Object(obj, depth);
    }

    private JsonArray Array(ObjectInstance array, int depth)
    {
        var length = (long)array.Get("length").AsNumber();
        if (length > MaxNodes)
            throw new ExpressionException($"JavaScript result has more than {MaxNodes.ToString("N0", CultureInfo.InvariantCulture)} values");
        var result = new JsonArray();
        for (var i = 0; i < length; i++)
            result.Add(Node(array.Get(i), depth + 1));
        return result;
    }

    private JsonObject Object(ObjectInstance obj, int depth)
    {
        var result = new JsonObject();
        foreach (var key in obj.GetOwnPropertyKeys(Types.String))
        {
            var descriptor = obj.GetOwnProperty(key);
            if (!descriptor.Enumerable)
                continue;
            var item = obj.Get(key);
            if (item.IsUndefined() || item.IsSymbol() || item.IsCallable())
                continue;
            result[key.ToString()] = Node(item, depth + 1);
        }

        return result;
    }

    private static JsonValue? Number(double number)
    {
        if (double.IsNaN(number) || double.IsInfinity(number))
            return null;
        // 2^53: beyond it a double no longer holds every whole number, so it stays a double.
        if (number == Math.Truncate(number) && Math.Abs(number) <= 9_007_199_254_740_992d)
            return JsonValue.Create((long)number);
        return JsonValue.Create(number);
    }

    private static JsonValue? Date(double milliseconds) =>
        double.IsNaN(milliseconds) ? null : JsonValue.Create(ShanghaiTime.Format(DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds)));
}
