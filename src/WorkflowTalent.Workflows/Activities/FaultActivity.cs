using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

public sealed class FaultActivity : Activity
{
    public override string Type => "Elsa.Fault";

    public override IReadOnlyList<InputDescriptor> Inputs { get; } =
        [new("message", InputKind.Text), new("code", InputKind.Text), new("category", InputKind.Text)];

    public override IReadOnlyList<string>? PortsOf(ActivityNode node) => [];

    public override ActivityResult Execute(ActivityContext context)
    {
        var message = context.Text("message") ?? "fault";
        var code = context.Text("code");
        return new ActivityResult.Fault(string.IsNullOrEmpty(code) ? message : $"{code}: {message}");
    }
}
