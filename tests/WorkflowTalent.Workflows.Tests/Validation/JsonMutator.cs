using System.Text;
using System.Text.Json.Nodes;

namespace WorkflowTalent.Workflows.Tests.Validation;

/// <summary>
/// Breaks a valid definition the ways people and tools do: properties deleted, duplicated or renamed,
/// values of another JSON type, connections dropped or retargeted, activity types changed, expressions
/// corrupted, and the text itself truncated or sprinkled with random bytes. Deterministic for a given seed.
/// </summary>
public static class JsonMutator
{
    private static readonly string[] PropertyNames =
    [
        "id", "type", "version", "name", "root", "start", "activities", "connections", "variables", "source", "target",
        "sourcePort", "targetPort", "activity", "port", "expression", "value", "typeName", "text", "condition", "cases",
        "label", "mode", "branches", "timeSpan", "interval", "dateTime", "cronExpression", "role", "scope", "outcomes",
        "form", "due", "escalation", "resultVariable", "variable", "script", "eventName", "customProperties", "mergeMode",
        "definitionId", "outputName", "outputValue", "to", "subject", "workflowDefinitionId", "options", "",
    ];

    private static readonly string[] ActivityTypes =
    [
        "Elsa.Start", "Elsa.End", "Elsa.Finish", "Elsa.Fault", "Elsa.WriteLine", "Elsa.RunJavaScript", "Elsa.SetOutput",
        "Elsa.SetName", "Elsa.Correlate", "Elsa.SetVariable", "Elsa.FlowDecision", "Elsa.FlowSwitch", "Elsa.FlowFork",
        "Elsa.FlowJoin", "Elsa.Delay", "Elsa.StartAt", "Elsa.Timer", "Elsa.Cron", "Elsa.Event", "Elsa.PublishEvent",
        "Elsa.SendEmail", "Elsa.ExecuteWorkflow", "Elsa.DispatchWorkflow", "WorkflowTalent.HumanTask", "Elsa.HttpEndpoint",
        "Elsa.Flowchart", "",
    ];

    private static readonly string[] MergeModes = ["Stream", "Merge", "Converge", "Cascade", "Race", "None", ""];

    private static readonly string[] ExpressionTypes = ["Literal", "Object", "JavaScript", "Liquid", "Variable", "CSharp", "7", "-1", "Literal, Object", "javascript", ""];

    private static readonly string[] Values =
    [
        "", " ", "Done", "True", "False", "Default", "In", "Overdue", "Timeout", "Approve", "WaitAll", "WaitAny", "MatchAny", "Stream",
        "Race", "P3D", "PT0S", "PT1M", "00:00:05", "-P1D", "P99999Y", "2026-09-01T09:00:00+08:00", "0001-01-01", "9999-12-31T23:59:59Z",
        "0 0 * * *", "* * * * * *", "0 0 31 2 *", "[\"One\",\"Two\"]", "[]", "[1,2", "{}", "{\"a\":", "[{\"label\":\"A\",\"condition\":\"true\"}]",
        "[{\"name\":\"f\",\"type\":\"select\"}]", "return false;", "1 +", "variables.x.y.z", "getVariable('nope')", "while(true){}",
        "{{ Variables.x ", "{% for %}", "{{ 1 | plus: }}", "x", "null", "undefined", "\u0000", "\uD800", "审批", "$", "root.activities[0]",
    ];

    // 'x'.repeat(1e8) is left to JavaScriptSandboxTests: it is refused, but each try builds 200 MB first, too slow for thousands of cases.
    private static readonly string[] Scripts =
    [
        "true", "false", "return false;", "1 +", "variables.missing.deeper", "throw new Error('boom')", "while(true){}",
        "for(;;){}", "(function f(){ return f(); })()", "new Array(1e9).fill(0)", "setVariable('x', 1)",
        "getCounter() + 1", "now()", "date(2026, 13, 40)", "addDays(now(), 1e12)", "lastResult.outcome", "input.nope",
        "JSON.parse('{')", "[]", "{}", "null", "undefined", "NaN", "Infinity", "'P1D'", "'Approve'",
        "{{ Variables.x }}", "{{ 1 | divided_by: 0 }}", "{% for i in (1..100000) %}x{% endfor %}", "{{", "[\"A\"]",
    ];

    public static byte[] Mutate(string json, Random random, int mutations)
    {
        ArgumentNullException.ThrowIfNull(random);
        var document = JsonNode.Parse(json)!;
        for (var i = 0; i < mutations; i++)
            document = MutateTree(document, random);
        var bytes = Encoding.UTF8.GetBytes(document.ToJsonString());
        return random.Next(5) == 0 ? MutateBytes(bytes, random) : bytes;
    }

    private static JsonNode MutateTree(JsonNode document, Random random)
    {
        switch (random.Next(11))
        {
            case 0:
                DeleteSomething(document, random);
                break;
            case 1:
                DuplicateSomething(document, random);
                break;
            case 2:
                RenameProperty(document, random);
                break;
            case 3:
                return ReplaceValue(document, random);
            case 4:
                DropConnection(document, random);
                break;
            case 5:
                RetargetConnection(document, random);
                break;
            case 6:
                ChangeActivityType(document, random);
                break;
            case 7:
                CorruptExpression(document, random);
                break;
            case 8:
                AddConnection(document, random);
                break;
            case 9:
                SetMergeMode(document, random);
                break;
            default:
                AddInput(document, random);
                break;
        }

        return document;
    }

    private static void DeleteSomething(JsonNode document, Random random)
    {
        var container = Pick(Containers(document).Where(c => Count(c) > 0).ToList(), random);
        switch (container)
        {
            case JsonObject obj:
                obj.Remove(obj.ElementAt(random.Next(obj.Count)).Key);
                break;
            case JsonArray array:
                array.RemoveAt(random.Next(array.Count));
                break;
        }
    }

    private static void DuplicateSomething(JsonNode document, Random random)
    {
        var container = Pick(Containers(document).Where(c => Count(c) > 0).ToList(), random);
        switch (container)
        {
            case JsonObject obj:
                obj[Pick(PropertyNames, random)!] = obj.ElementAt(random.Next(obj.Count)).Value?.DeepClone();
                break;
            case JsonArray array:
                array.Insert(random.Next(array.Count + 1), array[random.Next(array.Count)]?.DeepClone());
                break;
        }
    }

    private static void RenameProperty(JsonNode document, Random random)
    {
        if (Pick(Containers(document).OfType<JsonObject>().Where(o => o.Count > 0).ToList(), random) is not { } obj)
            return;
        var (name, value) = obj.ElementAt(random.Next(obj.Count));
        obj.Remove(name);
        obj[Pick(PropertyNames, random)!] = value;
    }

    private static JsonNode ReplaceValue(JsonNode document, Random random)
    {
        var nodes = Descendants(document).ToList();
        var target = nodes[random.Next(nodes.Count)];
        var replacement = RandomValue(random, depth: 0);
        if (target.Parent is null)
            return replacement ?? new JsonObject();
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                break;
            case JsonArray parent:
                parent[target.GetElementIndex()] = replacement;
                break;
        }

        return document;
    }

    private static void DropConnection(JsonNode document, Random random)
    {
        if (Child(Child(document, "root"), "connections") is JsonArray { Count: > 0 } connections)
            connections.RemoveAt(random.Next(connections.Count));
    }

    private static void RetargetConnection(JsonNode document, Random random)
    {
        if (Child(Child(document, "root"), "connections") is not JsonArray { Count: > 0 } connections || connections[random.Next(connections.Count)] is not JsonObject connection)
            return;
        var end = random.Next(2) == 0 ? "source" : "target";
        var ids = Activities(document).Select(a => a["id"] is JsonValue id && id.TryGetValue<string>(out var text) ? text : null).OfType<string>().Append("ghost").ToList();
        var id = ids[random.Next(ids.Count)];
        if (connection[end] is JsonObject nested)
        {
            nested["activity"] = id;
            if (random.Next(3) == 0)
                nested["port"] = Pick(Values, random);
        }
        else
        {
            connection[end] = id;
            if (random.Next(3) == 0)
                connection[end + "Port"] = Pick(Values, random);
        }
    }

    // New paths, loops and joins between activities that exist, mostly by a port the source has.
    private static void AddConnection(JsonNode document, Random random)
    {
        var ids = Activities(document).Select(a => a["id"] is JsonValue id && id.TryGetValue<string>(out var text) ? text : null).OfType<string>().ToList();
        if (Child(Child(document, "root"), "connections") is not JsonArray connections || ids.Count == 0)
            return;
        var port = random.Next(3) == 0 ? Pick(Values, random) : "Done";
        connections.Insert(random.Next(connections.Count + 1), new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = Pick(ids, random), ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = Pick(ids, random), ["port"] = "In" },
        });
    }

    private static void SetMergeMode(JsonNode document, Random random)
    {
        if (Pick(Activities(document).ToList(), random) is not { } activity)
            return;
        if (activity["customProperties"] is not JsonObject custom)
            activity["customProperties"] = custom = [];
        custom["mergeMode"] = Pick(MergeModes, random);
    }

    private static void ChangeActivityType(JsonNode document, Random random)
    {
        if (Pick(Activities(document).ToList(), random) is { } activity)
            activity["type"] = Pick(ActivityTypes, random);
    }

    private static void CorruptExpression(JsonNode document, Random random)
    {
        var expressions = Containers(document).OfType<JsonObject>().Where(o => o["expression"] is JsonObject || o.ContainsKey("condition")).ToList();
        if (Pick(expressions, random) is not { } owner)
            return;
        if (owner["expression"] is JsonObject expression)
        {
            if (random.Next(2) == 0)
                expression["type"] = Pick(ExpressionTypes, random);
            expression["value"] = random.Next(4) == 0 ? RandomValue(random, 0) : Pick(Scripts, random);
        }
        else
        {
            owner["condition"] = random.Next(2) == 0
                ? Pick(Scripts, random)
                : new JsonObject { ["type"] = Pick(ExpressionTypes, random), ["value"] = Pick(Scripts, random) };
        }
    }

    private static void AddInput(JsonNode document, Random random)
    {
        if (Pick(Activities(document).ToList(), random) is not { } activity)
            return;
        JsonNode? value = random.Next(3) == 0 ? RandomValue(random, 0) : new JsonObject
        {
            ["typeName"] = "String",
            ["expression"] = new JsonObject { ["type"] = Pick(ExpressionTypes, random), ["value"] = random.Next(2) == 0 ? Pick(Values, random) : Pick(Scripts, random) },
        };
        activity[Pick(PropertyNames, random)!] = value;
    }

    private static byte[] MutateBytes(byte[] bytes, Random random)
    {
        var list = new List<byte>(bytes);
        switch (random.Next(4))
        {
            case 0:
                return bytes[..random.Next(bytes.Length + 1)];
            case 1:
                for (var i = random.Next(1, 4); i > 0 && list.Count > 0; i--)
                    list[random.Next(list.Count)] = (byte)random.Next(256);
                break;
            case 2:
                var insert = "{}[],:\"\\ 0-eE.\u00e9\u5ba1"u8.ToArray();
                for (var i = random.Next(1, 4); i > 0; i--)
                    list.Insert(random.Next(list.Count + 1), insert[random.Next(insert.Length)]);
                break;
            default:
                if (list.Count > 0)
                {
                    var start = random.Next(list.Count);
                    list.RemoveRange(start, random.Next(Math.Min(40, list.Count - start) + 1));
                }

                break;
        }

        return [.. list];
    }

    private static JsonNode? RandomValue(Random random, int depth) => random.Next(depth > 1 ? 4 : 7) switch
    {
        0 => null,
        1 => JsonValue.Create(Pick(Values, random)),
        2 => random.Next(3) switch { 0 => JsonValue.Create(random.Next(-2, 3)), 1 => JsonValue.Create(1e300), _ => JsonValue.Create(0.5) },
        3 => JsonValue.Create(random.Next(2) == 0),
        4 => new JsonArray([.. Enumerable.Range(0, random.Next(3)).Select(_ => RandomValue(random, depth + 1))]),
        5 => new JsonObject { ["type"] = Pick(ExpressionTypes, random), ["value"] = Pick(Scripts, random) },
        _ => new JsonObject { [Pick(PropertyNames, random)!] = RandomValue(random, depth + 1) },
    };

    private static IEnumerable<JsonObject> Activities(JsonNode document) =>
        (Child(Child(document, "root"), "activities") as JsonArray)?.OfType<JsonObject>() ?? [];

    private static JsonNode? Child(JsonNode? node, string name) => node is JsonObject obj ? obj[name] : null;

    private static IEnumerable<JsonNode> Containers(JsonNode document) => Descendants(document).Where(n => n is JsonObject or JsonArray);

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().ToList())
        {
            foreach (var descendant in Descendants(child))
                yield return descendant;
        }
    }

    private static int Count(JsonNode node) => node switch
    {
        JsonObject obj => obj.Count,
        JsonArray array => array.Count,
        _ => 0,
    };

    private static T? Pick<T>(IReadOnlyList<T> items, Random random) => items.Count == 0 ? default : items[random.Next(items.Count)];
}
