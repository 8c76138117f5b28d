using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

public sealed class SetName : Activity
{
    public override string Type => "Elsa.SetName";

    public override IReadOnlyList<InputDescriptor> Inputs { get; } = [new("value", InputKind.Text, Required: true)];

    public override ActivityResult Execute(ActivityContext context)
    {
        context.Instance.Name = context.Text("value");
        return ActivityResult.Done;
    }
}
