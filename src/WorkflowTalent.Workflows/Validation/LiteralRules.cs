using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Activities;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Workflows.Validation;

/// <summary>Checks a literal input value of one <see cref="InputKind"/>; each returns the problem's message, or null when the value is fine.</summary>
internal static class LiteralRules
{
    private const string DurationHint = "write ISO 8601 (P3D, PT2H, P6M) or d.hh:mm:ss";

    public static string? Boolean(string name, JsonNode? value) => value switch
    {
        JsonValue v when v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => null,
        JsonValue v when v.TryGetValue<string>(out var text) && bool.TryParse(text.Trim(), out _) => null,
        _ => $"{name} '{JsonValues.AsText(value)}' is not true or false",
    };

    public static string? Duration(string name, JsonNode? value, bool mustBePositive)
    {
        var text = JsonValues.AsText(value);
        if (!WorkflowDuration.TryParse(text, out var duration))
            return $"{name} '{text}' is not a duration; {DurationHint}";
        if (!IsSchedulable(duration))
            return $"{name} '{text}' is too long: it ends after the last date the engine can schedule";
        // An Elsa.Timer of zero would tick forever without time passing.
        return mustBePositive && duration.IsZero ? $"{name} '{text}' must be longer than zero" : null;
    }

    public static string? DateTime(string name, JsonNode? value)
    {
        var text = JsonValues.AsText(value);
        return IsDateTime(text) ? null : $"{name} '{text}' is not a date-time; write ISO 8601, e.g. 2026-09-01T09:00:00+08:00";
    }

    public static string? DurationOrDateTime(string name, JsonNode? value)
    {
        var text = JsonValues.AsText(value);
        if (WorkflowDuration.TryParse(text, out var duration))
            return IsSchedulable(duration) ? null : $"{name} '{text}' is too long: it ends after the last date the engine can schedule";
        return IsDateTime(text) ? null : $"{name} '{text}' is neither a duration nor a date-time; {DurationHint}, or an ISO 8601 date-time";
    }

    // ShanghaiTime.TryParse throws for a date whose local time falls outside DateTimeOffset's range (0001-01-01).
    private static bool IsDateTime(string? text)
    {
        try
        {
            return ShanghaiTime.TryParse(text, out _);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    // P99999Y parses, but adding it to any date in this era overflows the calendar when the timer is set.
    private static bool IsSchedulable(WorkflowDuration duration)
    {
        try
        {
            duration.AddTo(DateTimeOffset.UtcNow);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    public static string? Cron(string name, JsonNode? value)
    {
        var text = JsonValues.AsText(value);
        return CronActivity.TryParse(text) is null ? $"{name} '{text}' is not a cron expression of 5 or 6 fields" : null;
    }

    public static string? StringList(string name, JsonNode? value)
    {
        switch (JsonValues.AsJson(value))
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is not JsonValue item || !item.TryGetValue<string>(out var text))
                        return $"{name} must be a list of strings; item {i} is {array[i]?.ToJsonString() ?? "null"}";
                    if (string.IsNullOrWhiteSpace(text))
                        return $"{name} must not hold an empty item (item {i})";
                }

                return null;
            case JsonValue single when single.TryGetValue<string>(out var text):
                // A lone name is a list of one; text that opens like JSON but does not parse is a mistake.
                return text.TrimStart().StartsWith('[') ? $"{name} is not a valid JSON list of strings: {text}" : null;
            default:
                return $"{name} must be a list of strings, not {value?.ToJsonString() ?? "null"}";
        }
    }

    public static string? Json(string name, JsonNode? value)
    {
        // AsJson hands back the text itself when it looks like JSON and does not parse.
        if (value is not JsonValue v || !v.TryGetValue<string>(out var text))
            return null;
        var trimmed = text.Trim();
        var looksLikeJson = trimmed.Length > 1 && trimmed[0] is '[' or '{';
        return looksLikeJson && ReferenceEquals(JsonValues.AsJson(value), value) ? $"{name} is not valid JSON: {text}" : null;
    }
}
