using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>Leaves by the first true case (MatchFirst) or every true case (MatchAny, WCP-6 multi-choice); Default when none is true.</summary>
public sealed class FlowSwitch : Activity
{
    public override string Type => "Elsa.FlowSwitch";

    public override IReadOnlyList<InputDescriptor> Inputs { get; } =
        [new("cases", InputKind.SwitchCases, Required: true), new("mode", InputKind.Text, AllowedValues: ["MatchFirst", "MatchAny"])];

    public override IReadOnlyList<string>? PortsOf(ActivityNode node) =>
        SwitchCase.Read(node) is { } cases ? [.. cases.Select(c => c.Label), Ports.Default] : null;

    public override ActivityResult Execute(ActivityContext context)
    {
        var cases = SwitchCase.Read(context.Node) ?? throw new ActivityFaultException("input 'cases' must be a list of { label, condition }");
        var matchAny = context.Text("mode") == "MatchAny";
        var matched = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            if (!JsonValues.AsBoolean(context.EvaluateNested($"case{i}", cases[i].Condition)))
                continue;
            matched.Add(cases[i].Label);
            if (!matchAny)
                break;
        }

        return ActivityResult.LeaveBy(matched.Count == 0 ? [Ports.Default] : matched);
    }
}
