using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowTalent.Web.Localization;

namespace WorkflowTalent.Web.Components.Inbox;

/// <summary>
/// The steps of a process that make tasks (its <c>WorkflowTalent.HumanTask</c> activities), read from a version's
/// Elsa 3 JSON, for the inbox's step filter: the activity id the API filters by, and the designer's name of the step.
/// </summary>
public static class HumanSteps
{
    private const string HumanTask = "WorkflowTalent.HumanTask";

    /// <summary>Each task step once, in the order the definition lists them; named "中文 English" by the designer, shown in the UI's language.</summary>
    public static IReadOnlyList<(string Id, string Name)> In(string? definitionJson)
    {
        if (string.IsNullOrEmpty(definitionJson))
            return [];
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(definitionJson);
        }
        catch (JsonException)
        {
            return []; // a version the UI cannot read offers no steps; the API still filters by any id
        }

        var steps = new List<(string Id, string Name)>();
        Walk(root, steps);
        return [.. steps.DistinctBy(s => s.Id)];
    }

    private static void Walk(JsonNode? node, List<(string Id, string Name)> steps)
    {
        switch (node)
        {
            case JsonObject activity:
                if (Text(activity["type"]) == HumanTask && Text(activity["id"]) is { } id)
                    steps.Add((id, Name(Text(activity["metadata"]?["displayText"]) ?? Text(activity["name"]) ?? id)));
                foreach (var (_, child) in activity)
                    Walk(child, steps);
                break;
            case JsonArray items:
                foreach (var item in items)
                    Walk(item, steps);
                break;
        }
    }

    // "县区委组织部审批 County approval": the Chinese half, or the English one in English.
    private static string Name(string displayText)
    {
        var space = displayText.IndexOf(' ', StringComparison.Ordinal);
        while (space >= 0 && space + 1 < displayText.Length && !char.IsAsciiLetter(displayText[space + 1]))
            space = displayText.IndexOf(' ', space + 1);
        if (space < 0 || space + 1 >= displayText.Length)
            return displayText;
        return UiCultures.IsEnglish ? displayText[(space + 1)..] : displayText[..space];
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
