using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace WorkflowTalent.Testing.Tests;

/// <summary>Sends the way the service will: MailKit over plain SMTP, since the test server has no TLS.</summary>
internal static class MailSender
{
    public static async Task SendAsync(SmtpServer server, string subject, string body)
    {
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress("流程", "workflow@example.test"));
        message.To.Add(new MailboxAddress("张三", "zhangsan@example.test"));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        using var client = new SmtpClient();
        await client.ConnectAsync(server.Host, server.Port, SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(quit: true);
    }
}
