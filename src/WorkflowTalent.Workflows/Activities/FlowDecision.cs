using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>Leaves by True or False (WCP-4 exclusive choice).</summary>
public sealed class FlowDecision : Activity
{
    private static readonly ActivityResult TrueResult = ActivityResult.LeaveBy(Ports.True);
    private static readonly ActivityResult FalseResult = ActivityResult.LeaveBy(Ports.False);

    public override string Type => "Elsa.FlowDecision";

    public override IReadOnlyList<InputDescriptor> Inputs { get; } = [new("condition", InputKind.Boolean, Required: true)];

    public override IReadOnlyList<string>? PortsOf(ActivityNode node) => [Ports.True, Ports.False];

    public override ActivityResult Execute(ActivityContext context) => context.Boolean("condition") ? TrueResult : FalseResult;
}
