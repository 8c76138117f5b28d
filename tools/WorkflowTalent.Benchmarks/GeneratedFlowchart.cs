using System.Globalization;
using System.Text.Json.Nodes;

namespace WorkflowTalent.Benchmarks;

/// <summary>
/// Builds a flowchart of <see cref="ActivityCount"/> activities that runs start to finish without waiting: five
/// segments of fork → two branches of WriteLine and SetVariable → WaitAll join → FlowDecision (JavaScript) →
/// one of two activities, the two meeting at the next segment (an implicit join), then a short tail to End.
/// </summary>
internal static class GeneratedFlowchart
{
    public const int Segments = 5;
    public const int ActivityCount = 1 + Segments * 9 + 4;

    public static JsonObject Create()
    {
        var activities = new JsonArray();
        var connections = new JsonArray();
        void Add(string id, string type, JsonObject? inputs = null)
        {
            var activity = new JsonObject { ["id"] = id, ["type"] = type, ["version"] = 1 };
            foreach (var (name, value) in inputs ?? [])
                activity[name] = value?.DeepClone();
            activities.Add(activity);
        }

        void Connect(string source, string port, string target) => connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
        });

        Add("start", "Elsa.Start");
        string[] previous = ["start"];
        for (var i = 1; i <= Segments; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            Add($"fork{n}", "Elsa.FlowFork", new() { ["branches"] = Input("Literal", "[\"A\",\"B\"]") });
            Add($"a{n}", "Elsa.WriteLine", new() { ["text"] = Input("Liquid", "segment " + n + ": {{ Variables.counter }}") });
            Add($"countA{n}", "Elsa.SetVariable", new() { ["variable"] = "counter", ["value"] = Input("JavaScript", "getCounter() + 1") });
            Add($"b{n}", "Elsa.WriteLine", new() { ["text"] = Input("Literal", "branch B of segment " + n) });
            Add($"totalB{n}", "Elsa.SetVariable", new() { ["variable"] = "total", ["value"] = Input("JavaScript", "getTotal() + " + n) });
            Add($"join{n}", "Elsa.FlowJoin", new() { ["mode"] = Input("Literal", "WaitAll") });
            Add($"decide{n}", "Elsa.FlowDecision", new() { ["condition"] = Input("JavaScript", "getCounter() % 2 === 0") });
            Add($"even{n}", "Elsa.WriteLine", new() { ["text"] = Input("JavaScript", "'even at ' + getCounter()") });
            Add($"odd{n}", "Elsa.SetVariable", new() { ["variable"] = "flag", ["value"] = Input("JavaScript", "getTotal() > 5") });

            foreach (var source in previous)
                Connect(source, "Done", $"fork{n}");
            Connect($"fork{n}", "A", $"a{n}");
            Connect($"a{n}", "Done", $"countA{n}");
            Connect($"countA{n}", "Done", $"join{n}");
            Connect($"fork{n}", "B", $"b{n}");
            Connect($"b{n}", "Done", $"totalB{n}");
            Connect($"totalB{n}", "Done", $"join{n}");
            Connect($"join{n}", "Done", $"decide{n}");
            Connect($"decide{n}", "True", $"even{n}");
            Connect($"decide{n}", "False", $"odd{n}");
            previous = [$"even{n}", $"odd{n}"];
        }

        Add("sum", "Elsa.SetVariable", new() { ["variable"] = "total", ["value"] = Input("JavaScript", "getTotal() + getCounter()") });
        Add("label", "Elsa.SetVariable", new() { ["variable"] = "label", ["value"] = Input("Liquid", "{{ Variables.counter }} / {{ Variables.total }}") });
        Add("report", "Elsa.WriteLine", new() { ["text"] = Input("Variable", "label") });
        Add("end", "Elsa.End");
        foreach (var source in previous)
            Connect(source, "Done", "sum");
        Connect("sum", "Done", "label");
        Connect("label", "Done", "report");
        Connect("report", "Done", "end");

        if (activities.Count != ActivityCount)
            throw new InvalidOperationException($"generated {activities.Count} activities, not {ActivityCount}");
        return new JsonObject
        {
            ["id"] = "generated-flowchart:v1",
            ["definitionId"] = "generated-flowchart",
            ["name"] = $"Generated {ActivityCount}-activity flowchart",
            ["version"] = 1,
            ["variables"] = new JsonArray(
                Variable("counter", "Int32", "0"), Variable("total", "Int32", "0"), Variable("flag", "Boolean", "false"), Variable("label", "String", "")),
            ["root"] = new JsonObject
            {
                ["type"] = "Elsa.Flowchart",
                ["id"] = "flowchart1",
                ["version"] = 1,
                ["activities"] = activities,
                ["connections"] = connections,
            },
        };
    }

    private static JsonObject Input(string type, string value) => new()
    {
        ["typeName"] = "Object",
        ["expression"] = new JsonObject { ["type"] = type, ["value"] = value },
    };

    private static JsonObject Variable(string name, string typeName, string value) =>
        new() { ["id"] = name, ["name"] = name, ["typeName"] = typeName, ["value"] = value };
}
