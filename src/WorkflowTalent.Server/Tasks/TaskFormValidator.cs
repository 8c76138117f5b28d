using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Validation;

namespace WorkflowTalent.Server.Tasks;

/// <summary>
/// Checks a completion's data against the task's form (<c>[{ name, type, required?, options? }]</c>, the field
/// types FORMAT.md lists). The engine checks the form's shape when a definition is saved, not the data an official
/// sends, so the service does it before the step runs: every problem names its field (<c>data.comment</c>).
/// A "file" field holds the id of a file uploaded to the task's own case (the ids <c>caseFiles</c> holds), so a form
/// cannot point at another case's file.
/// </summary>
public static class TaskFormValidator
{
    public static IReadOnlyList<ValidationProblem> Check(string? formJson, JsonObject? data, IReadOnlySet<string>? caseFiles = null)
    {
        var problems = new List<ValidationProblem>();
        if (Fields(formJson) is not { } fields)
            return problems; // a task without a form takes whatever data the client sends, as the engine does

        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields.OfType<JsonObject>())
        {
            if (Text(field["name"]) is not { } name)
                continue;
            known.Add(name);
            var label = Text(field["label"]) ?? name;
            var value = data?[name];
            var path = $"data.{name}";
            if (IsEmpty(value))
            {
                if (field["required"] is JsonValue required && required.TryGetValue<bool>(out var isRequired) && isRequired)
                    problems.Add(new(path, $"“{label}”为必填项。{name} is required."));
                continue;
            }

            if (TypeProblem(Text(field["type"]) ?? "text", value!, field, label, name, caseFiles) is { } problem)
                problems.Add(new(path, problem));
        }

        foreach (var (name, _) in data ?? [])
            if (!known.Contains(name))
                problems.Add(new($"data.{name}", $"表单中没有字段“{name}”。The form has no field {name}."));
        return problems;
    }

    private static string? TypeProblem(string type, JsonNode value, JsonObject field, string label, string name, IReadOnlySet<string>? caseFiles)
    {
        var kind = value.GetValueKind();
        switch (type)
        {
            case "number" when kind != JsonValueKind.Number:
                return $"“{label}”须为数字。{name} must be a number.";
            case "checkbox" when kind is not (JsonValueKind.True or JsonValueKind.False):
                return $"“{label}”须为是或否。{name} must be true or false.";
            case "date" when kind != JsonValueKind.String || !IsDate(value.GetValue<string>()):
                return $"“{label}”须为日期（如 2026-09-14）。{name} must be a date such as 2026-09-14.";
            case "select":
                var options = Options(field);
                return kind == JsonValueKind.String && options.Contains(value.GetValue<string>(), StringComparer.Ordinal)
                    ? null
                    : $"“{label}”须为以下选项之一：{string.Join("、", options)}。{name} must be one of {string.Join(", ", options)}.";
            case "text" or "textarea" or "file" when kind != JsonValueKind.String:
                return $"“{label}”须为文本。{name} must be text.";
            // R14.1: the registration form is a file the trainee uploaded to this case.
            case "file" when !(caseFiles ?? EmptySet).Contains(value.GetValue<string>()):
                return $"“{label}”须为本案件已上传的文件。{name} must be the id of a file uploaded to this case.";
            default:
                return null;
        }
    }

    private static readonly HashSet<string> EmptySet = [];

    private static JsonArray? Fields(string? formJson)
    {
        if (string.IsNullOrWhiteSpace(formJson))
            return null;
        // The form is stored as the activity's input was written: a JSON array, or text holding one.
        return JsonValues.AsJson(JsonNode.Parse(formJson)) as JsonArray;
    }

    // Options are strings, or objects { value, label } as form designers write them.
    private static List<string> Options(JsonObject field) =>
        JsonValues.AsJson(field["options"]) is JsonArray options
            ? [.. options.Select(o => o is JsonObject option ? Text(option["value"]) : Text(o)).OfType<string>()]
            : [];

    private static bool IsEmpty(JsonNode? value) =>
        value is null || (value.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetValue<string>()));

    private static bool IsDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
