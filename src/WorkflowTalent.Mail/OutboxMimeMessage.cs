using MimeKit;
using WorkflowTalent.Persistence.Mail;

namespace WorkflowTalent.Mail;

internal static class OutboxMimeMessage
{
    public const string InstanceHeader = "X-WorkflowTalent-Instance";

    /// <summary>The Message-Id derived from the outbox id, so a copy re-sent after a crash is recognisable as the same mail.</summary>
    public static string MessageIdFor(string outboxId) => $"{outboxId}@workflowtalent";

    public static MimeMessage Create(OutboxMail mail, MailOptions options)
    {
        var message = new MimeMessage { Subject = mail.Subject, MessageId = MessageIdFor(mail.Id) };
        message.From.Add(string.IsNullOrWhiteSpace(mail.From)
            ? new MailboxAddress(options.FromDisplayName, options.FromAddress)
            : MailboxAddress.Parse(mail.From));
        message.To.AddRange(InternetAddressList.Parse(mail.To));
        if (!string.IsNullOrWhiteSpace(mail.Cc))
            message.Cc.AddRange(InternetAddressList.Parse(mail.Cc));
        message.Headers.Add(InstanceHeader, mail.InstanceId);

        // Clients that do not render HTML (and spam filters) want a plain-text alternative of the same content.
        var body = new BodyBuilder
        {
            HtmlBody = mail.Body,
            TextBody = HtmlPlainText.Convert(mail.Body),
        };
        message.Body = body.ToMessageBody();
        return message;
    }
}
