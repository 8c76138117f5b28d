using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Validation;

namespace WorkflowTalent.Workflows.Definitions;

/// <summary>
/// Reads and writes the Elsa 3 JSON subset of FORMAT.md. Reading never throws: bad JSON of any
/// shape yields problems with their paths.
/// </summary>
public static class DefinitionSerializer
{
    // Properties of an activity that are not inputs (Elsa's structural and designer members).
    private static readonly HashSet<string> StructuralActivityProperties = new(StringComparer.Ordinal)
    {
        "id", "type", "version", "name", "nodeId", "metadata", "customProperties", "canStartWorkflow",
        "runAsynchronously", "source", "line", "applicationProperties", "displayName", "variables",
        "activities", "connections", "start",
    };

    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false };
    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static DefinitionReadResult Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    public static DefinitionReadResult Read(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            utf8 = utf8[3..];
        // The parser leaves string contents unchecked until a value is read; check the encoding up front.
        if (!System.Text.Unicode.Utf8.IsValid(utf8))
            return new(null, [new ValidationProblem("$", "not valid UTF-8 text")]);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(utf8, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            if (DuplicateProperty.Find(utf8) is { } duplicate)
                return new(null, [new ValidationProblem(duplicate.Path, $"property {duplicate.Name} is written twice in the same object")]);
            return new(null, [new ValidationProblem("$", $"not valid JSON: {ex.Message}")]);
        }

        if (node is not JsonObject document)
            return new(null, [new ValidationProblem("$", "a workflow definition must be a JSON object")]);
        return Read(document);
    }

    public static DefinitionReadResult Read(JsonObject document)
    {
        var problems = new List<ValidationProblem>();
        var definitionId = OptionalString(document, "definitionId", "definitionId", problems);
        var id = OptionalString(document, "id", "id", problems);
        if (string.IsNullOrWhiteSpace(definitionId))
        {
            if (string.IsNullOrWhiteSpace(id))
                problems.Add(new("definitionId", "a definition needs a definitionId"));
            definitionId = id ?? "";
        }

        var version = 1;
        if (document["version"] is JsonNode versionNode)
        {
            if (!TryGetInt(versionNode, out version) || version < 1)
            {
                problems.Add(new("version", "version must be a whole number of at least 1"));
                version = 1;
            }
        }

        if (document["root"] is not JsonObject root)
        {
            problems.Add(new("root", document["root"] is null ? "a definition needs a root flowchart" : "root must be a JSON object"));
            return new(null, problems);
        }

        var rootType = OptionalString(root, "type", "root.type", problems);
        if (rootType is not null && rootType != "Elsa.Flowchart")
            problems.Add(new("root.type", $"the root activity must be an Elsa.Flowchart, not {rootType}"));

        var activities = ReadActivities(root, problems);
        var connections = ReadConnections(root, problems);
        var flowchart = new Flowchart
        {
            Id = OptionalString(root, "id", "root.id", problems) ?? "Flowchart1",
            Start = OptionalString(root, "start", "root.start", problems),
            Activities = activities,
            Connections = connections,
        };

        var definition = new WorkflowDefinition
        {
            Document = document,
            Id = string.IsNullOrWhiteSpace(id) ? $"{definitionId}:v{version}" : id,
            DefinitionId = definitionId,
            Name = OptionalString(document, "name", "name", problems),
            Description = OptionalString(document, "description", "description", problems),
            Version = version,
            IsPublished = document["isPublished"] is JsonValue p && p.TryGetValue<bool>(out var published) && published,
            Variables = ReadVariables(document, problems),
            Inputs = ReadNames(document, "inputs", problems),
            Outputs = ReadNames(document, "outputs", problems),
            Root = flowchart,
        };
        return new(definition, problems);
    }

    public static string Write(WorkflowDefinition definition) => definition.Document.ToJsonString(WriteOptions);

    /// <summary>A copy of the document with another version number and publication state, for publishing a new version.</summary>
    public static WorkflowDefinition WithVersion(WorkflowDefinition definition, int version, bool isPublished)
    {
        var document = (JsonObject)definition.Document.DeepClone();
        document["version"] = version;
        document["isPublished"] = isPublished;
        document["id"] = $"{definition.DefinitionId}:v{version.ToString(CultureInfo.InvariantCulture)}";
        return Read(document).Definition!;
    }

    private static List<ActivityNode> ReadActivities(JsonObject root, List<ValidationProblem> problems)
    {
        var list = new List<ActivityNode>();
        if (root["activities"] is not JsonArray array)
        {
            if (root["activities"] is not null)
                problems.Add(new("root.activities", "activities must be a JSON array"));
            return list;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = $"root.activities[{i}]";
            if (array[i] is not JsonObject source)
            {
                problems.Add(new(path, "an activity must be a JSON object"));
                continue;
            }

            var id = OptionalString(source, "id", path + ".id", problems);
            var type = OptionalString(source, "type", path + ".type", problems);
            if (string.IsNullOrWhiteSpace(id))
                problems.Add(new(path + ".id", "an activity needs an id"));
            if (string.IsNullOrWhiteSpace(type))
                problems.Add(new(path + ".type", "an activity needs a type"));

            var inputs = new Dictionary<string, InputValue>(StringComparer.Ordinal);
            foreach (var (name, value) in source)
            {
                if (StructuralActivityProperties.Contains(name))
                    continue;
                inputs[name] = ReadInput(value);
            }

            MergeMode? mergeMode = null;
            if (source["customProperties"] is JsonObject custom && custom["mergeMode"] is JsonValue modeValue)
            {
                if (modeValue.TryGetValue<string>(out var modeText) && EnumNames.TryParse<MergeMode>(modeText, out var mode))
                    mergeMode = mode;
                else
                    problems.Add(new(path + ".customProperties.mergeMode", $"unknown merge mode {modeValue.ToJsonString()}; use Stream, Merge, Converge, Cascade or Race"));
            }

            list.Add(new ActivityNode
            {
                Index = i,
                Id = id ?? "",
                Type = type ?? "",
                Name = source["name"] is JsonValue n && n.TryGetValue<string>(out var name2) ? name2 : null,
                Inputs = inputs,
                MergeMode = mergeMode,
                Source = source,
            });
        }

        return list;
    }

    internal static InputValue ReadInput(JsonNode? value)
    {
        if (value is JsonObject wrapped && wrapped.ContainsKey("expression"))
        {
            var typeName = wrapped["typeName"] is JsonValue t && t.TryGetValue<string>(out var tn) ? tn : null;
            if (wrapped["expression"] is not JsonObject expression)
                return new InputValue(ExpressionType.Literal, null, typeName);
            var kind = expression["type"] is JsonValue k && k.TryGetValue<string>(out var kt) ? kt : "Literal";
            var exprValue = expression["value"];
            return EnumNames.TryParse<ExpressionType>(kind, out var type)
                ? new InputValue(type, exprValue, typeName)
                : new InputValue(ExpressionType.Literal, exprValue, typeName, kind);
        }

        return InputValue.Literal(value);
    }

    private static List<FlowConnection> ReadConnections(JsonObject root, List<ValidationProblem> problems)
    {
        var list = new List<FlowConnection>();
        if (root["connections"] is not JsonArray array)
        {
            if (root["connections"] is not null)
                problems.Add(new("root.connections", "connections must be a JSON array"));
            return list;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = $"root.connections[{i}]";
            if (array[i] is not JsonObject connection)
            {
                problems.Add(new(path, "a connection must be a JSON object"));
                continue;
            }

            // Elsa 3.1+ writes { source: { activity, port } }; Elsa 3.0 writes source/sourcePort flat.
            var (source, sourcePort) = ReadEnd(connection, "source", "sourcePort", "Done", path, problems);
            var (target, targetPort) = ReadEnd(connection, "target", "targetPort", "In", path, problems);
            if (source is null || target is null)
                continue;
            list.Add(new FlowConnection(i, source, sourcePort, target, targetPort));
        }

        return list;
    }

    private static (string? Activity, string Port) ReadEnd(JsonObject connection, string end, string flatPort, string defaultPort, string path, List<ValidationProblem> problems)
    {
        switch (connection[end])
        {
            case JsonObject nested:
                var activity = OptionalString(nested, "activity", $"{path}.{end}.activity", problems);
                var port = OptionalString(nested, "port", $"{path}.{end}.port", problems);
                if (string.IsNullOrWhiteSpace(activity))
                {
                    problems.Add(new($"{path}.{end}.activity", $"the connection's {end} names no activity"));
                    return (null, defaultPort);
                }

                return (activity, string.IsNullOrEmpty(port) ? defaultPort : port);
            case JsonValue flat when flat.TryGetValue<string>(out var id) && !string.IsNullOrWhiteSpace(id):
                var flatPortValue = OptionalString(connection, flatPort, $"{path}.{flatPort}", problems);
                return (id, string.IsNullOrEmpty(flatPortValue) ? defaultPort : flatPortValue);
            default:
                problems.Add(new($"{path}.{end}", $"the connection's {end} names no activity"));
                return (null, defaultPort);
        }
    }

    private static List<VariableDefinition> ReadVariables(JsonObject document, List<ValidationProblem> problems)
    {
        var list = new List<VariableDefinition>();
        if (document["variables"] is not JsonArray array)
        {
            if (document["variables"] is not null)
                problems.Add(new("variables", "variables must be a JSON array"));
            return list;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = $"variables[{i}]";
            if (array[i] is not JsonObject variable)
            {
                problems.Add(new(path, "a variable must be a JSON object"));
                continue;
            }

            var name = OptionalString(variable, "name", path + ".name", problems);
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Add(new(path + ".name", "a variable needs a name"));
                continue;
            }

            list.Add(new VariableDefinition(
                OptionalString(variable, "id", path + ".id", problems) ?? name,
                name,
                OptionalString(variable, "typeName", path + ".typeName", problems) ?? "Object",
                variable["value"]?.DeepClone()));
        }

        return list;
    }

    private static List<string> ReadNames(JsonObject document, string property, List<ValidationProblem> problems)
    {
        var list = new List<string>();
        if (document[property] is not JsonArray array)
        {
            if (document[property] is not null)
                problems.Add(new(property, $"{property} must be a JSON array"));
            return list;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject item && OptionalString(item, "name", $"{property}[{i}].name", problems) is { Length: > 0 } name)
                list.Add(name);
            else
                problems.Add(new($"{property}[{i}]", $"each of {property} needs a name"));
        }

        return list;
    }

    private static string? OptionalString(JsonObject owner, string property, string path, List<ValidationProblem> problems)
    {
        var node = owner[property];
        switch (node)
        {
            case null:
                return null;
            case JsonValue value when value.TryGetValue<string>(out var text):
                return text;
            case JsonValue value when value.GetValueKind() is JsonValueKind.Number:
                return value.ToJsonString();
            default:
                problems.Add(new(path, $"{property} must be a string"));
                return null;
        }
    }

    private static bool TryGetInt(JsonNode node, out int value)
    {
        value = 0;
        if (node is not JsonValue v)
            return false;
        if (v.GetValueKind() == JsonValueKind.Number)
            return v.TryGetValue(out value) || (v.TryGetValue<double>(out var d) && d == Math.Floor(d) && d is >= 1 and <= int.MaxValue && (value = (int)d) > 0);
        return v.TryGetValue<string>(out var s) && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }
}
