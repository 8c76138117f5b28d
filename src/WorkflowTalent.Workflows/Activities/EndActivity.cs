using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>Completes the flowchart it is in; the engine runs one root flowchart, so the instance finishes.</summary>
public sealed class EndActivity : Activity
{
    public override string Type => "Elsa.End";

    public override IReadOnlyList<string>? PortsOf(ActivityNode node) => [];

    public override ActivityResult Execute(ActivityContext context) => ActivityResult.FinishInstance;
}
