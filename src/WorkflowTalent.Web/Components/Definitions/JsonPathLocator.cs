using System.Text;
using System.Text.Json;

namespace WorkflowTalent.Web.Components.Definitions;

/// <summary>A place in the editor's text: Monaco's 1-based line and column (UTF-16 characters, as Monaco counts).</summary>
public readonly record struct TextPosition(int Line, int Column);

/// <summary>
/// Finds where a validator's path (<c>root.activities[3].connections[0].target</c>, <c>variables[2].name</c>) is in a
/// definition's text, so that clicking a problem puts the cursor there. A path that goes deeper than the JSON (into
/// a form's JSON held in a string) or text that stops parsing lands on the deepest place that was found.
/// </summary>
public static class JsonPathLocator
{
    public static TextPosition? Locate(string json, string path)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(path);
        var bytes = Encoding.UTF8.GetBytes(json);
        var offsets = Offsets(bytes);
        for (var candidate = path; candidate.Length > 0; candidate = Parent(candidate))
        {
            if (offsets.TryGetValue(candidate, out var offset))
                return PositionOf(bytes, offset);
        }
        return null;
    }

    /// <summary>Every path of the document with the byte offset where it starts (a property's name, an element's value).</summary>
    private static Dictionary<string, long> Offsets(byte[] bytes)
    {
        var offsets = new Dictionary<string, long>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        // One frame per open container: its path, whether it is an array, and the next element's index.
        var frames = new Stack<(string Path, bool IsArray, int Next)>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = Join(frames.Count > 0 ? frames.Peek().Path : "", reader.GetString()!);
                        offsets.TryAdd(property, reader.TokenStartIndex);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    default:
                        var path = ValuePath(frames, ref property);
                        if (path is not null)
                            offsets.TryAdd(path, reader.TokenStartIndex);
                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                            frames.Push((path ?? "", reader.TokenType == JsonTokenType.StartArray, 0));
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Text being typed stops parsing somewhere: what was read so far still places the problems before it.
        }
        return offsets;
    }

    // A value's path: the property that named it, or its index in the enclosing array; the document itself has none.
    private static string? ValuePath(Stack<(string Path, bool IsArray, int Next)> frames, ref string? property)
    {
        if (frames.Count == 0)
            return null;
        var (parent, isArray, next) = frames.Peek();
        if (!isArray)
        {
            var named = property;
            property = null;
            return named;
        }
        frames.Pop();
        frames.Push((parent, true, next + 1));
        return $"{parent}[{next}]";
    }

    private static string Join(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }

    private static TextPosition PositionOf(byte[] bytes, long offset)
    {
        var before = Encoding.UTF8.GetString(bytes, 0, (int)offset);
        var lineStart = before.LastIndexOf('\n') + 1;
        var line = before.AsSpan().Count('\n') + 1;
        return new TextPosition(line, before.Length - lineStart + 1);
    }
}
