using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Simulation;
using WorkflowTalent.Workflows.Tests.Support;
using static WorkflowTalent.Workflows.Tests.Support.DefinitionBuilder;

namespace WorkflowTalent.Workflows.Tests.Runtime;

/// <summary>Same definition, inputs, script and clock → the same journal, byte for byte.</summary>
public sealed class DeterminismTests
{
    private const string Script = """
        {"input": {"amount": 5000}, "correlation": "order-1"}
        {"advance": "PT2H"}
        {"complete": {"activity": "review", "outcome": "Approve", "by": {"role": "Manager", "user": "li"}, "data": {"note": "ok"}}}
        {"publish": {"event": "paid", "correlation": "order-1", "payload": {"sum": 5000}}}
        {"expect": {"status": "Finished", "output": ["tick 1", "tick 2", "large", "paid"]}}
        """;

    private static WorkflowDefinition Definition() => new DefinitionBuilder("determinism")
        .Variable("amount", "Int32", "0")
        .Variable("ticks", "Int32", "0")
        .Start()
        .Activity("split", "Elsa.FlowFork", ("branches", Literal("[\"Work\",\"Clock\"]", "String[]")))
        .HumanTask("review", "Manager", ["Approve"], ("due", Literal("P1D")), ("escalation", Literal("Overdue")))
        .Activity("large", "Elsa.FlowDecision", ("condition", JavaScript("getAmount() > 1000", "Boolean")))
        .WriteLine("big", "large")
        .Activity("paid", "Elsa.Event", ("eventName", Literal("paid")))
        .WriteLine("thanks", "paid")
        .Activity("wait", "Elsa.Delay", ("timeSpan", Literal("PT1H")))
        .Activity("tick", "Elsa.SetVariable", ("variable", Literal("ticks")), ("value", JavaScript("getTicks() + 1", "Int32")))
        .WriteLineScript("report", "'tick ' + getTicks()")
        .Activity("again", "Elsa.FlowDecision", ("condition", JavaScript("getTicks() < 2", "Boolean")))
        .Chain("start", "split")
        .Connect("split", "review", "Work")
        .Connect("split", "wait", "Clock")
        .Connect("review", "large", "Approve")
        .Connect("large", "big", "True")
        .Chain("big", "paid", "thanks")
        .Chain("wait", "tick", "report", "again")
        .Connect("again", "wait", "True")
        .Build();

    private static List<string> Run()
    {
        var result = new WorkflowSimulator(Definition(), WorkflowHarness.DefaultStart).Run(SimulationScript.Parse(Script));
        Assert.True(result.Succeeded, string.Join("; ", result.Failures) + result.Refusal);
        return [.. result.Journal.Select(InstanceSerializer.Serialize), InstanceSerializer.Serialize(result.Instance!)];
    }

    [Fact]
    public void SameDefinitionInputsAndClock_GiveIdenticalJournals()
    {
        var first = Run();
        var second = Run();

        Assert.Equal(first, second);
        Assert.Contains(first, line => line.Contains("\"event\":\"TimerFired\"", StringComparison.Ordinal) && line.Contains("2026-03-02T11:00:00+08:00", StringComparison.Ordinal));
    }

    [Fact]
    public void JournalLines_AreJsonWithTimeActivityTypeAndEventFirst()
    {
        var line = Run()[0];

        Assert.StartsWith("{\"time\":\"2026-03-02T09:00:00+08:00\",\"activity\":\"Flowchart1\",\"type\":\"Elsa.Flowchart\",\"event\":\"Started\"", line, StringComparison.Ordinal);
    }
}
