using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowTalent.Web.Components.Tasks;

/// <summary>
/// One field of a task's form, as the definition declares it (<c>[{ name, type, label?, required?, options? }]</c>,
/// the field types FORMAT.md lists); the service's TaskFormValidator checks what the official enters.
/// </summary>
public sealed record FormField(string Name, string Type, string Label, bool Required, IReadOnlyList<FormOption> Options)
{
    public static IReadOnlyList<FormField> Parse(JsonNode? form)
    {
        // The form is stored as the activity's input was written: a JSON array, or text holding one.
        if (form is JsonValue value && value.TryGetValue<string>(out var text) && text.TrimStart().StartsWith('['))
            form = JsonNode.Parse(text);
        if (form is not JsonArray fields)
            return [];
        return [.. fields.OfType<JsonObject>().Select(From).OfType<FormField>()];
    }

    private static FormField? From(JsonObject field)
    {
        if (Text(field["name"]) is not { } name)
            return null;
        var required = field["required"] is JsonValue r && r.GetValueKind() == JsonValueKind.True;
        var options = field["options"] is JsonArray list
            ? list.Select(o => o is JsonObject option
                    ? (Text(option["value"]) is { } v ? new FormOption(v, Text(option["label"]) ?? v) : null)
                    : (Text(o) is { } s ? new FormOption(s, s) : null))
                .OfType<FormOption>()
                .ToList()
            : [];
        return new FormField(name, Text(field["type"]) ?? "text", Text(field["label"]) ?? name, required, options);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}

public sealed record FormOption(string Value, string Label);
