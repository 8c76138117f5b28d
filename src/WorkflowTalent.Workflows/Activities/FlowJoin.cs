using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>
/// Where paths meet. The waiting is the flowchart's (see FlowchartRun); the join itself just leaves
/// by Done once the flowchart runs it: WaitAny on the first arrival (WCP-9 discriminator),
/// WaitAll when every inbound path arrived (WCP-3), WaitAllActive when every taken path arrived (WCP-7).
/// </summary>
public sealed class FlowJoin : Activity
{
    public const string TypeName = "Elsa.FlowJoin";

    public override string Type => TypeName;

    public override IReadOnlyList<InputDescriptor> Inputs { get; } =
        [new("mode", InputKind.Text, AllowedValues: ["WaitAny", "WaitAll", "WaitAllActive"])];

    public override ActivityResult Execute(ActivityContext context) => ActivityResult.Done;

    /// <summary>The join mode as written; the flowchart needs it before anything runs, so only literals count (WaitAny when absent).</summary>
    public static string ModeOf(ActivityNode node) =>
        node.Input("mode") is { Type: ExpressionType.Literal } mode && JsonValues.AsText(mode.Value) is { Length: > 0 } text ? text : "WaitAny";
}
