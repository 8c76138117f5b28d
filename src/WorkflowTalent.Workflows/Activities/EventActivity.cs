using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>Waits for a published event by name (and correlation id when given); its payload goes to the <c>result</c> variable.</summary>
public sealed class EventActivity : Activity
{
    public override string Type => "Elsa.Event";

    public override IReadOnlyList<InputDescriptor> Inputs { get; } =
        [new("eventName", InputKind.Text, Required: true), new("correlationId", InputKind.Text), new("result", InputKind.VariableReference)];

    public override ActivityResult Execute(ActivityContext context)
    {
        context.OpenBookmark(BookmarkKind.Event, eventName: context.RequiredText("eventName"),
            correlationId: context.Text("correlationId") is { Length: > 0 } correlation ? correlation : null,
            resultVariable: context.VariableName("result"));
        return ActivityResult.Wait;
    }

    public override ActivityResult Resume(ActivityContext context, Bookmark bookmark, ResumeSignal signal)
    {
        var arrived = (ResumeSignal.EventArrived)signal;
        context.Journal(context.Entry(JournalEvents.EventReceived) with { Name = arrived.EventName });
        if (bookmark.ResultVariable is { } variable)
            context.SetVariable(variable, arrived.Payload?.DeepClone());
        context.Instance.LastResult = arrived.Payload?.DeepClone();
        return ActivityResult.Done;
    }
}
