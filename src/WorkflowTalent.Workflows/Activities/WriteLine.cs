using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>Writes a line to the instance's output log (the journal's <c>Output</c> entries).</summary>
public sealed class WriteLine : Activity
{
    public override string Type => "Elsa.WriteLine";

    public override IReadOnlyList<InputDescriptor> Inputs { get; } = [new("text", InputKind.Text)];

    public override ActivityResult Execute(ActivityContext context)
    {
        context.Journal(context.Entry(JournalEvents.Output) with { Text = context.Text("text") ?? "" });
        return ActivityResult.Done;
    }
}
