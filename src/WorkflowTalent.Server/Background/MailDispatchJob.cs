using Hangfire;
using WorkflowTalent.Mail;

namespace WorkflowTalent.Server.Background;

/// <summary>
/// Sends the outbox's due mails, batch after batch, until none is due. One node at a time: two senders reading the
/// same Pending rows would deliver them twice.
/// </summary>
[AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)] // it recurs; the outbox keeps its own attempts
[DisableConcurrentExecution(timeoutInSeconds: 5)]
public sealed class MailDispatchJob(OutboxMailSender sender, ILogger<MailDispatchJob> log)
{
    public const int BatchSize = 50;

    /// <returns>How many mails were delivered.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        while (true)
        {
            var batch = await sender.SendDueAsync(BatchSize, cancellationToken);
            sent += batch;
            // A batch that delivered nothing either found nothing due or failed every mail (they wait for their back-off).
            if (batch == 0)
                break;
        }

        if (sent > 0)
            log.LogInformation("Mail dispatch delivered {Sent} mails", sent);
        return sent;
    }
}
