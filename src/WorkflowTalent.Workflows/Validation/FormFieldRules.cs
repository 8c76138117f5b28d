using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Validation;

/// <summary>Checks a HumanTask form: <c>[{ name, type, required?, options? }]</c> with the field types FORMAT.md lists.</summary>
internal static class FormFieldRules
{
    private static readonly string[] FieldTypes = ["text", "textarea", "number", "date", "select", "checkbox", "file"];

    public static void Check(JsonNode? value, string path, List<ValidationProblem> problems)
    {
        if (JsonValues.AsJson(value) is not JsonArray fields)
        {
            problems.Add(new(path, "form must be a list of fields { name, type }"));
            return;
        }

        var firstByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < fields.Count; j++)
        {
            var fieldPath = $"{path}[{j}]";
            if (fields[j] is not JsonObject field)
            {
                problems.Add(new(fieldPath, "a form field must be an object { name, type }"));
                continue;
            }

            if (Text(field["name"]) is not { } name)
                problems.Add(new($"{fieldPath}.name", "a form field needs a name"));
            else if (!firstByName.TryAdd(name, j))
                problems.Add(new($"{fieldPath}.name", $"form field {name} is already defined at {path}[{firstByName[name]}]"));

            var type = Text(field["type"]);
            if (type is null || !FieldTypes.Contains(type, StringComparer.Ordinal))
                problems.Add(new($"{fieldPath}.type", $"form field type '{type}' is not one of {string.Join(", ", FieldTypes)}"));
            else if (type == "select" && JsonValues.AsJson(field["options"]) is not JsonArray { Count: > 0 })
                problems.Add(new($"{fieldPath}.options", "a select field needs options, a non-empty list"));
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
