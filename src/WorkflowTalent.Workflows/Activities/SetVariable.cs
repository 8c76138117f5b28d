using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

public sealed class SetVariable : Activity
{
    public override string Type => "Elsa.SetVariable";

    public override IReadOnlyList<InputDescriptor> Inputs { get; } =
        [new("variable", InputKind.VariableReference, Required: true), new("value", InputKind.Json)];

    public override ActivityResult Execute(ActivityContext context)
    {
        var name = context.VariableName("variable") ?? throw new ActivityFaultException("input 'variable' names no variable");
        context.SetVariable(name, context.Evaluate("value"));
        return ActivityResult.Done;
    }
}
