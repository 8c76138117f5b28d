using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>Queues an e-mail in the step's effects; the host's outbox sends it after the step commits.</summary>
public sealed class SendEmail : Activity
{
    public override string Type => "Elsa.SendEmail";

    public override IReadOnlyList<InputDescriptor> Inputs { get; } =
    [
        new("from", InputKind.Text), new("to", InputKind.StringList, Required: true), new("cc", InputKind.StringList),
        new("subject", InputKind.Text, Required: true), new("body", InputKind.Text),
    ];

    public override ActivityResult Execute(ActivityContext context)
    {
        var to = context.StringList("to");
        if (to.Count == 0)
            throw new ActivityFaultException("input 'to' names no recipient");
        var subject = context.Text("subject") ?? "";
        context.Effects.Mails.Add(new MailMessage(context.NewId("m"), context.Instance.Id, context.Text("from"), to, context.StringList("cc"), subject, context.Text("body") ?? ""));
        context.Journal(context.Entry(JournalEvents.EmailQueued) with { To = string.Join(", ", to), Subject = subject });
        return ActivityResult.Done;
    }
}
