using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Mail;

namespace WorkflowTalent.Mail;

/// <summary>
/// Delivers due outbox mails. Each mail is marked Sent in its own SaveChanges as soon as it is accepted, so a crash
/// re-sends at most the one in flight, and a second run finds nothing Pending: running twice sends nothing twice.
/// </summary>
public sealed class OutboxMailSender(WorkflowDbContext db, IOptions<MailOptions> options, TimeProvider clock)
{
    private readonly MailOptions _options = options.Value;

    /// <returns>How many mails were delivered.</returns>
    public async Task<int> SendDueAsync(int batchSize = 50, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var now = clock.GetUtcNow();
        var due = await db.OutboxMails
            .Where(m => m.Status == OutboxMailStatus.Pending && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.CreatedAt)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
            return 0;

        using var smtp = new SmtpClient();
        var sent = 0;
        foreach (var mail in due)
        {
            try
            {
                await DeliverAsync(smtp, OutboxMimeMessage.Create(mail, _options), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await RecordFailureAsync(mail, ex, now, cancellationToken);
                // The connection may be half-broken; the next mail connects afresh (a refused connect just fails it too).
                if (smtp.IsConnected)
                    await smtp.DisconnectAsync(quit: false, CancellationToken.None);
                continue;
            }

            mail.Status = OutboxMailStatus.Sent;
            mail.SentAt = clock.GetUtcNow();
            mail.LastError = null;
            mail.NextAttemptAt = null;
            // Not the caller's token: the mail is out, so losing this write would only cause a duplicate.
            await db.SaveChangesAsync(CancellationToken.None);
            sent++;
        }

        if (smtp.IsConnected)
            await smtp.DisconnectAsync(quit: true, cancellationToken);
        return sent;
    }

    /// <summary>An administrator's retry of a Failed mail: Pending again with a fresh set of attempts.</summary>
    /// <returns>False when no Failed mail has this id.</returns>
    public async Task<bool> ResendAsync(string id, CancellationToken cancellationToken = default)
    {
        var mail = await db.OutboxMails.FindAsync([id], cancellationToken);
        if (mail is not { Status: OutboxMailStatus.Failed })
            return false;
        mail.Status = OutboxMailStatus.Pending;
        mail.Attempts = 0;
        mail.NextAttemptAt = null;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task DeliverAsync(SmtpClient smtp, MimeMessage message, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(_options.SmtpHost))
        {
            await WriteToPickupAsync(message, cancellationToken);
            return;
        }

        // One connection per batch: connected on the first mail, reused for the rest.
        if (!smtp.IsConnected)
        {
            await smtp.ConnectAsync(_options.SmtpHost, _options.SmtpPort, _options.Security, cancellationToken);
            if (!string.IsNullOrEmpty(_options.UserName))
                await smtp.AuthenticateAsync(_options.UserName, _options.Password ?? "", cancellationToken);
        }

        await smtp.SendAsync(message, cancellationToken);
    }

    private async Task WriteToPickupAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_options.PickupDirectory);
        var name = string.Join("_", (message.MessageId ?? "").Split(Path.GetInvalidFileNameChars()));
        var path = Path.Combine(_options.PickupDirectory, name + ".eml");
        // Written beside and renamed, so whoever watches the folder never reads half a message.
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    private async Task RecordFailureAsync(OutboxMail mail, Exception error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        mail.Attempts++;
        // The exception's message only: the body may hold personal data and must not leak into an error column.
        mail.LastError = error.Message;
        if (mail.Attempts >= _options.MaxAttempts)
        {
            // Failed shows in the administrators' list; ResendAsync puts it back.
            mail.Status = OutboxMailStatus.Failed;
            mail.NextAttemptAt = null;
        }
        else
        {
            mail.NextAttemptAt = now + _options.BackOffAfter(mail.Attempts);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
