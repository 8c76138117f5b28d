using System.Buffers;
using System.Text;
using System.Text.Json;

namespace WorkflowTalent.Workflows.Validation;

/// <summary>
/// Faults of the text that the JSON parser accepts and only trips over later, when a value is read:
/// invalid UTF-8 inside a string, and a property written twice in one object.
/// </summary>
internal static class DocumentPrecheck
{
    private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static ValidationProblem? Check(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            utf8 = utf8[3..];
        var invalid = InvalidUtf8At(utf8);
        return invalid >= 0 ? new ValidationProblem("$", $"not valid UTF-8 text (at byte {invalid})") : FindDuplicateProperty(utf8);
    }

    private static int InvalidUtf8At(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != OperationStatus.Done)
                return offset;
            offset += consumed;
        }

        return -1;
    }

    private static ValidationProblem? FindDuplicateProperty(ReadOnlySpan<byte> utf8)
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
                            return new ValidationProblem(container.ChildPath(property), $"property {property} is written twice in the same object");
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
