using WorkflowTalent.Persistence.Mail;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Persistence;

public sealed partial class EfWorkflowStore
{
    public void Enqueue(MailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        // The id is stable per instance and send, so a step replayed after a crash does not queue the mail twice.
        if (db.OutboxMails.Find(message.Id) is not null)
            return;
        var now = _clock.GetUtcNow();
        db.OutboxMails.Add(new OutboxMail
        {
            Id = message.Id,
            InstanceId = message.InstanceId,
            From = message.From,
            To = string.Join(", ", message.To),
            Cc = message.Cc.Count == 0 ? null : string.Join(", ", message.Cc),
            Subject = message.Subject,
            Body = message.Body,
            Status = OutboxMailStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }
}
