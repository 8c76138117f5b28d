using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>Waits until a moment; one already past completes at once.</summary>
public sealed class StartAt : Activity
{
    public override string Type => "Elsa.StartAt";

    public override IReadOnlyList<InputDescriptor> Inputs { get; } = [new("dateTime", InputKind.DateTime, Required: true)];

    public override ActivityResult Execute(ActivityContext context) => TimerActivity.WaitUntil(context, context.DateTime("dateTime"));

    public override ActivityResult Resume(ActivityContext context, Bookmark bookmark, ResumeSignal signal) =>
        TimerActivity.Fired(context);
}
