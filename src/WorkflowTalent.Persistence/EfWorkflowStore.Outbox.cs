using WorkflowTalent.Persistence.Mail;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Persistence;

public sealed partial class EfWorkflowStore
{
    public void Enqueue(MailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        // The id is stable per instance and send; a step commits once (the instance's revision sees to that), so only
        // a mail staged twice within this scope can repeat, and a stored duplicate would fail the commit on its key.
        if (Staged(_db.OutboxMails, message.Id) is not null)
            return;
        var now = _clock.GetUtcNow();
        _db.OutboxMails.Add(new OutboxMail
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
