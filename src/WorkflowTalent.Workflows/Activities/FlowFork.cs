using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>Leaves by every branch at once (WCP-2 parallel split).</summary>
public sealed class FlowFork : Activity
{
    public override string Type => "Elsa.FlowFork";

    public override IReadOnlyList<InputDescriptor> Inputs { get; } = [new("branches", InputKind.StringList, Required: true)];

    public override IReadOnlyList<string>? PortsOf(ActivityNode node)
    {
        var branches = node.Input("branches");
        return branches?.Type is ExpressionType.Literal or ExpressionType.Object ? JsonValues.AsStringList(branches.Value) : null;
    }

    public override ActivityResult Execute(ActivityContext context) => ActivityResult.LeaveBy(context.StringList("branches"));
}
