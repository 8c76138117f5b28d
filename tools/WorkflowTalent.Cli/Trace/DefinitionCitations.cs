using System.Text;
using System.Text.Json;

namespace WorkflowTalent.Cli.Trace;

/// <summary>
/// Finds the requirements each <c>workflows/*.json</c> cites: in the definition's own fields (name, description,
/// customProperties …) for the definition, and anywhere inside an object of <c>root.activities</c> for that activity.
/// </summary>
internal static class DefinitionCitations
{
    public const string Folder = "workflows";

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static IReadOnlyList<Citation<DefinitionPlace>> Find(string root)
    {
        var citations = new List<Citation<DefinitionPlace>>();
        foreach (var file in RepositoryFiles.Under(root, Folder, "*.json", recursive: false))
            citations.AddRange(InDefinition(file, ReadUtf8(root, file)));
        return citations;
    }

    public static IEnumerable<Citation<DefinitionPlace>> InDefinition(string file, ReadOnlyMemory<byte> utf8)
    {
        using var document = Parse(file, utf8);
        var definition = document.RootElement;
        if (definition.ValueKind != JsonValueKind.Object)
            throw new TraceException($"{file}: a definition is a JSON object");

        var definitionId = Text(definition, "definitionId") ?? Text(definition, "id") ?? Path.GetFileNameWithoutExtension(file);
        var activities = definition.TryGetProperty("root", out var flowchart) && flowchart.ValueKind == JsonValueKind.Object
            && flowchart.TryGetProperty("activities", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().ToArray()
                : [];

        var own = new List<string>();
        CollectOwnStrings(definition, own);
        var citations = Ids(own).Select(id => new Citation<DefinitionPlace>(id, new DefinitionPlace(file, definitionId, null, null, null))).ToList();

        var lines = ActivityLines(utf8.Span);
        for (var index = 0; index < activities.Length; index++)
        {
            var activity = activities[index];
            var strings = new List<string>();
            CollectStrings(activity, strings);
            var activityId = Text(activity, "id") ?? $"activities[{index}]";
            var displayText = activity.ValueKind == JsonValueKind.Object && activity.TryGetProperty("metadata", out var metadata)
                ? Text(metadata, "displayText")
                : null;
            var line = index < lines.Count ? lines[index] : (int?)null;
            citations.AddRange(Ids(strings).Select(id =>
                new Citation<DefinitionPlace>(id, new DefinitionPlace(file, definitionId, activityId, displayText, line))));
        }

        return citations;
    }

    private static ReadOnlyMemory<byte> ReadUtf8(string root, string file)
    {
        try
        {
            return File.ReadAllBytes(Path.Combine(root, file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TraceException($"{file}: cannot read the definition: {ex.Message}", ex);
        }
    }

    private static JsonDocument Parse(string file, ReadOnlyMemory<byte> utf8)
    {
        try
        {
            return JsonDocument.Parse(WithoutBom(utf8), Options);
        }
        catch (JsonException ex)
        {
            throw new TraceException($"{file}: not valid JSON: {ex.Message}", ex);
        }
    }

    private static IEnumerable<RequirementId> Ids(IEnumerable<string> strings) =>
        strings.SelectMany(RequirementId.InText).Distinct();

    // Everything of the definition but the objects of root.activities, which belong to their activities.
    private static void CollectOwnStrings(JsonElement definition, List<string> into)
    {
        foreach (var property in definition.EnumerateObject())
        {
            if (property.NameEquals("root") && property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var rootProperty in property.Value.EnumerateObject().Where(p => !p.NameEquals("activities")))
                    CollectStrings(rootProperty.Value, into);
            }
            else
            {
                CollectStrings(property.Value, into);
            }
        }
    }

    private static void CollectStrings(JsonElement element, List<string> into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                into.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    into.Add(property.Name);
                    CollectStrings(property.Value, into);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    CollectStrings(item, into);
                break;
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>The 1-based line on which each object of <c>root.activities</c> starts, in array order, so the report can link to it.</summary>
    private static List<int> ActivityLines(ReadOnlySpan<byte> utf8)
    {
        var json = WithoutBom(utf8);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var lines = new List<int>();
        var inRoot = false;
        var inActivities = false;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                inRoot = reader.ValueTextEquals("root");
            else if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 2)
                inActivities = inRoot && reader.ValueTextEquals("activities");
            else if (reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth == 3 && inActivities)
                lines.Add(LineAt(json, (int)reader.TokenStartIndex));
        }

        return lines;
    }

    private static int LineAt(ReadOnlySpan<byte> utf8, int offset) => utf8[..offset].Count((byte)'\n') + 1;

    private static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> utf8) =>
        utf8.Span.StartsWith(Encoding.UTF8.Preamble) ? utf8[Encoding.UTF8.Preamble.Length..] : utf8;

    private static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> utf8) =>
        utf8.StartsWith(Encoding.UTF8.Preamble) ? utf8[Encoding.UTF8.Preamble.Length..] : utf8;
}
