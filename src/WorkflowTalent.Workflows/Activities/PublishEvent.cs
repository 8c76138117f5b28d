using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>Publishes an event; the host delivers it to waiting instances after the step.</summary>
public sealed class PublishEvent : Activity
{
    public override string Type => "Elsa.PublishEvent";

    public override IReadOnlyList<InputDescriptor> Inputs { get; } =
        [new("eventName", InputKind.Text, Required: true), new("correlationId", InputKind.Text), new("payload", InputKind.Json)];

    public override ActivityResult Execute(ActivityContext context)
    {
        var name = context.RequiredText("eventName");
        var correlation = context.Text("correlationId") is { Length: > 0 } c ? c : null;
        context.Effects.Events.Add(new PublishedEvent(name, correlation, context.Json("payload")));
        context.Journal(context.Entry(JournalEvents.EventPublished) with { Name = name });
        return ActivityResult.Done;
    }
}
