using System.Text.Json.Nodes;
using static WorkflowTalent.Workflows.Tests.Validation.TestDefinition;

namespace WorkflowTalent.Workflows.Tests.Validation;

/// <summary>
/// Valid definitions to mutate: every valid Elsa sample, every file under <c>workflows/</c>, and two built
/// here so that human tasks, escalations, switches, joins, loops, events and children are exercised too.
/// The pattern tests' definitions are offered separately, since they belong to those tests.
/// </summary>
public static class MutationSeeds
{
    private static readonly Lazy<IReadOnlyList<(string Name, string Json)>> Loaded = new(Load);

    public static IReadOnlyList<(string Name, string Json)> All => Loaded.Value;

    private static List<(string Name, string Json)> Load()
    {
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.SamplesDir, "expected.json")))!["samples"]!.AsObject();
        var seeds = expected
            .Where(s => s.Value!["valid"]!.GetValue<bool>())
            .Select(s => (s.Key, File.ReadAllText(Path.Combine(TestPaths.SamplesDir, s.Key))))
            .ToList();
        var workflows = Path.Combine(TestPaths.RepoRoot, "workflows");
        if (Directory.Exists(workflows))
        {
            seeds.AddRange(Directory.EnumerateFiles(workflows, "*.json", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(f => (Path.GetRelativePath(TestPaths.RepoRoot, f), File.ReadAllText(f))));
        }

        seeds.Add(("built:approval", Approval()));
        seeds.Add(("built:waits", Waits()));
        return seeds;
    }

    /// <summary>The workflow-pattern definitions of the pattern tests, when there are any; they cover joins and loops well.</summary>
    public static IEnumerable<(string Name, string Json)> Patterns()
    {
        var folder = Path.Combine(TestPaths.RepoRoot, "tests", "WorkflowTalent.Workflows.Tests", "Patterns", "Definitions");
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(f => ("pattern:" + Path.GetFileName(f), File.ReadAllText(f)))
            : [];
    }

    private static string Approval() => new TestDefinition()
        .Variable("decision").Variable("days", "Int32").Variable("level", "String")
        .Activity("start", "Elsa.Start")
        .HumanTask("county",
            ("title", Expression("Liquid", "审批 {{ Variables.days }} 天")),
            ("scope", JavaScript("'county-1'")),
            ("form", Literal("[{\"name\":\"level\",\"type\":\"select\",\"options\":[\"High\",\"Low\"]},{\"name\":\"comment\",\"type\":\"text\"}]")),
            ("due", Literal("P1D")), ("escalation", Literal("Overdue")), ("resultVariable", "decision"))
        .Activity("approved", "Elsa.FlowDecision", ("condition", JavaScript("variables.decision.outcome === 'Approve'")))
        .Activity("count", "Elsa.SetVariable", ("variable", "days"), ("value", JavaScript("getDays() + 1")))
        .Activity("route", "Elsa.FlowSwitch",
            ("cases", Literal(JsonNode.Parse("""[{ "label": "Long", "condition": "getDays() > 2" }, { "label": "Short", "condition": { "type": "JavaScript", "value": "true" } }]"""))),
            ("mode", Literal("MatchAny")))
        .WriteLine("long", "long").WriteLine("short", "short")
        .Activity("join", "Elsa.FlowJoin", ("mode", Literal("WaitAny")))
        .Activity("remind", "Elsa.SendEmail", ("to", Literal("[\"county@example.org\"]")), ("subject", Expression("Liquid", "overdue {{ Variables.days }}")))
        .HumanTask("recheck", ("role", Literal("Unit")), ("outcomes", Literal("[\"Again\",\"Stop\"]")), ("due", Literal("PT2H")), ("escalation", Literal("Timeout")))
        .Activity("fault", "Elsa.Fault", ("message", Literal("rejected")))
        .Activity("end", "Elsa.End")
        .Connect("start", "county")
        .Connect("county", "approved", "Approve").Connect("county", "fault", "Reject").Connect("county", "remind", "Overdue")
        .Connect("approved", "count", "True").Connect("approved", "end", "False")
        .Connect("count", "route")
        .Connect("route", "long", "Long").Connect("route", "short", "Short").Connect("route", "join", "Default")
        .Connect("long", "join").Connect("short", "join")
        .Connect("join", "recheck")
        .Connect("recheck", "county", "Again").Connect("recheck", "end", "Stop").Connect("recheck", "end", "Timeout")
        .ToJson();

    private static string Waits() => new TestDefinition()
        .Variable("payload").Variable("child")
        .Activity("fork", "Elsa.FlowFork", ("branches", Expression("Object", "[\"A\",\"B\",\"C\"]")))
        .Activity("delay", "Elsa.Delay", ("timeSpan", Literal("PT5M")))
        .Activity("at", "Elsa.StartAt", ("dateTime", Literal("2026-03-02T09:00:00+08:00")))
        .Activity("event", "Elsa.Event", ("eventName", Literal("Approved")), ("result", "payload"))
        .Activity("merge", "Elsa.WriteLine", ("text", JavaScript("JSON.stringify(variables.payload)")))
        .Activity("publish", "Elsa.PublishEvent", ("eventName", Literal("Done")), ("payload", Literal("{\"ok\":true}")))
        .Activity("child", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Literal("child")), ("input", Literal("{}")), ("result", "child"))
        .Activity("dispatch", "Elsa.DispatchWorkflow", ("workflowDefinitionId", Literal("other")))
        .Activity("name", "Elsa.SetName", ("value", JavaScript("'run ' + getWorkflowInstanceId()")))
        .Activity("correlate", "Elsa.Correlate", ("correlationId", Literal("c-1")))
        .Activity("output", "Elsa.SetOutput", ("outputName", Literal("Result")), ("outputValue", Literal(42)))
        .Activity("script", "Elsa.RunJavaScript", ("script", Literal("setVariable('payload', 1)")))
        .Activity("timer", "Elsa.Timer", ("interval", Literal("PT1H")))
        .Activity("cron", "Elsa.Cron", ("cronExpression", Literal("0 9 * * *")))
        .Activity("finish", "Elsa.Finish")
        .Connect("fork", "delay", "A").Connect("fork", "at", "B").Connect("fork", "event", "C")
        .Connect("delay", "merge").Connect("at", "merge").Connect("event", "merge")
        .Connect("merge", "publish").Connect("publish", "child").Connect("child", "dispatch").Connect("dispatch", "name")
        .Connect("name", "correlate").Connect("correlate", "output").Connect("output", "script").Connect("script", "timer")
        .Connect("timer", "cron").Connect("cron", "finish")
        .Start("fork")
        .ToJson();
}
