using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>Builds script values from the instance's JSON: objects, arrays, strings, numbers, booleans, null.</summary>
internal static class JsonToJs
{
    public static JsValue Convert(Engine engine, JsonNode? node) => node switch
    {
        null => JsValue.Null,
        JsonObject obj => Object(engine, obj),
        JsonArray array => Array(engine, array),
        JsonValue value => Scalar(value),
        _ => JsValue.Undefined,
    };

    private static JsObject Object(Engine engine, JsonObject obj)
    {
        var entries = ArrayPool<KeyValuePair<string, JsValue>>.Shared.Rent(obj.Count);
        try
        {
            var count = 0;
            foreach (var (key, value) in obj)
                entries[count++] = new(key, Convert(engine, value));
            return JsObject.CreateFromEntries(engine, entries.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<KeyValuePair<string, JsValue>>.Shared.Return(entries, clearArray: true);
        }
    }

    private static JsArray Array(Engine engine, JsonArray array)
    {
        var items = new JsValue[array.Count];
        for (var i = 0; i < items.Length; i++)
            items[i] = Convert(engine, array[i]);
        return new JsArray(engine, items);
    }

    private static JsValue Scalar(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => JsString.Create(JsonScalars.GetString(value)),
        JsonValueKind.Number => JsNumber.Create(JsonScalars.GetDouble(value)),
        JsonValueKind.True => JsBoolean.True,
        JsonValueKind.False => JsBoolean.False,
        JsonValueKind.Null => JsValue.Null,
        _ => JsValue.Undefined,
    };
}
