using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>Waits for a duration. Elsa's <c>strategy</c> is ignored: every delay is a durable timer.</summary>
public sealed class Delay : Activity
{
    public override string Type => "Elsa.Delay";

    public override IReadOnlyList<InputDescriptor> Inputs { get; } = [new("timeSpan", InputKind.Duration, Required: true)];

    public override ActivityResult Execute(ActivityContext context) => TimerActivity.WaitUntil(context, context.Duration("timeSpan").AddTo(context.Now));

    public override ActivityResult Resume(ActivityContext context, Bookmark bookmark, ResumeSignal signal) =>
        TimerActivity.Fired(context);
}
