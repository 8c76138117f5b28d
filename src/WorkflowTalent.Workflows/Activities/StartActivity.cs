using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

public sealed class StartActivity : Activity
{
    public override string Type => "Elsa.Start";

    public override ActivityResult Execute(ActivityContext context) => ActivityResult.Done;
}
