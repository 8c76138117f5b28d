using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

public sealed class Correlate : Activity
{
    public override string Type => "Elsa.Correlate";

    public override IReadOnlyList<InputDescriptor> Inputs { get; } = [new("correlationId", InputKind.Text, Required: true)];

    public override ActivityResult Execute(ActivityContext context)
    {
        context.Instance.CorrelationId = context.Text("correlationId");
        return ActivityResult.Done;
    }
}
