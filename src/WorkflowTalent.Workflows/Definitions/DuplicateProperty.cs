using System.Text.Json;

namespace WorkflowTalent.Workflows.Definitions;

/// <summary>
/// Finds where a property is written twice in one object. The parser refuses such a document but
/// names no path, and a definition's author needs the path to find the fault.
/// </summary>
internal static class DuplicateProperty
{
    private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The first property written twice and its JSON path, or null when there is none.</summary>
    public static (string Path, string Name)? Find(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        var open = new Stack<Container>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var path = open.TryPeek(out var parent) ? parent.ChildPath(property) : "";
                        open.Push(new Container(path, reader.TokenType == JsonTokenType.StartObject));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        open.Pop();
                        if (open.TryPeek(out var owner))
                            owner.Index++;
                        break;
                    case JsonTokenType.PropertyName:
                        property = reader.GetString()!;
                        var container = open.Peek();
                        if (!container.Names!.Add(property))
                            return (container.ChildPath(property), property);
                        break;
                    default:
                        if (open.TryPeek(out var array))
                            array.Index++;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Syntax errors are the reader's to report, with its own message.
        }

        return null;
    }

    private sealed class Container(string path, bool isObject)
    {
        public HashSet<string>? Names { get; } = isObject ? new(StringComparer.Ordinal) : null;

        public int Index { get; set; }

        public string ChildPath(string? property) =>
            Names is null ? $"{path}[{Index}]" : path.Length == 0 ? property ?? "" : $"{path}.{property}";
    }
}
