using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>Runs a script for its effects (<c>setVariable</c> …). Elsa writes the script as a literal string.</summary>
public sealed class RunJavaScript : Activity
{
    public override string Type => "Elsa.RunJavaScript";

    public override IReadOnlyList<InputDescriptor> Inputs { get; } = [new("script", InputKind.Script, Required: true)];

    public override ActivityResult Execute(ActivityContext context)
    {
        var script = context.Node.Input("script");
        if (script is null)
            return ActivityResult.Done;
        if (script.Type == ExpressionType.Literal)
            context.EvaluateScript("script", script.Text ?? "");
        else
            context.Evaluate("script");
        return ActivityResult.Done;
    }
}
