using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>Finishes the instance at once, clearing everything scheduled and every wait (WCP-43 explicit termination).</summary>
public sealed class FinishActivity : Activity
{
    public override string Type => "Elsa.Finish";

    public override IReadOnlyList<string>? PortsOf(ActivityNode node) => [];

    public override ActivityResult Execute(ActivityContext context) => ActivityResult.FinishInstance;
}
