using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

public sealed class SetOutput : Activity
{
    public override string Type => "Elsa.SetOutput";

    public override IReadOnlyList<InputDescriptor> Inputs { get; } =
        [new("outputName", InputKind.Text, Required: true), new("outputValue", InputKind.Json)];

    public override ActivityResult Execute(ActivityContext context)
    {
        context.Instance.Output[context.RequiredText("outputName")] = context.Evaluate("outputValue");
        return ActivityResult.Done;
    }
}
