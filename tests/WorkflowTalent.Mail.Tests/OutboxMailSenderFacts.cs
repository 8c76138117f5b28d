using MimeKit;
using WorkflowTalent.Persistence.Mail;
using WorkflowTalent.Testing;

namespace WorkflowTalent.Mail.Tests;

public sealed class OutboxMailSenderFacts(SmtpFixture smtp) : IClassFixture<SmtpFixture>
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task SendDue_DeliversEachMailOnce_AndMarksItSent()
    {
        using var harness = new MailHarness(options => UseServer(options, smtp.Server));
        harness.AddMails(3);

        Assert.Equal(3, await harness.SendDueAsync());

        var received = await smtp.Server.WaitForMessagesAsync(3, Delivery);
        Assert.Equal(3, received.Count);
        for (var i = 1; i <= 3; i++)
        {
            var message = Assert.Single(received, m => m.MessageId == $"mail-{i}@workflowtalent");
            Assert.Equal($"培养任务通知 {i}", message.Subject);
            Assert.Contains($"请于本周内完成第{i}项培养任务", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains($"请于本周内完成第{i}项培养任务", message.TextBody, StringComparison.Ordinal);
            Assert.Equal("instance-1", message.Headers["X-WorkflowTalent-Instance"]);
            Assert.Equal("玉溪市基层人才对口培养计划", Assert.IsType<MailboxAddress>(Assert.Single(message.From)).Name);
        }

        Assert.All(harness.Mails(), mail =>
        {
            Assert.Equal(OutboxMailStatus.Sent, mail.Status);
            Assert.Equal(harness.Clock.GetUtcNow(), mail.SentAt);
        });

        // Idempotent: a second run, as a Hangfire retry would make, finds nothing left to send.
        Assert.Equal(0, await harness.SendDueAsync());
        Assert.Equal(3, smtp.Server.Messages().Count);
    }

    [Fact]
    public async Task SendDue_KeepsMailsPendingWithBackOff_WhenSmtpIsDown_AndDeliversThemOnceItIsBack()
    {
        // Its own server: stopping the shared one would break the other tests.
        await using var server = await SmtpServer.StartAsync();
        using var harness = new MailHarness(options => UseServer(options, server));
        harness.AddMails(3);
        var failedAt = harness.Clock.GetUtcNow();
        server.Stop();

        Assert.Equal(0, await harness.SendDueAsync());

        Assert.All(harness.Mails(), mail =>
        {
            Assert.Equal(OutboxMailStatus.Pending, mail.Status);
            Assert.Equal(1, mail.Attempts);
            Assert.False(string.IsNullOrEmpty(mail.LastError));
            Assert.DoesNotContain("培养任务", mail.LastError, StringComparison.Ordinal);
            Assert.Equal(failedAt + TimeSpan.FromMinutes(1), mail.NextAttemptAt);
        });

        // Not due yet: a run before the back-off has passed does not even try.
        await server.StartAgainAsync();
        Assert.Equal(0, await harness.SendDueAsync());
        Assert.All(harness.Mails(), mail => Assert.Equal(1, mail.Attempts));

        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(3, await harness.SendDueAsync());
        Assert.Equal(0, await harness.SendDueAsync());

        var received = await server.WaitForMessagesAsync(3, Delivery);
        Assert.Equal(
            ["mail-1@workflowtalent", "mail-2@workflowtalent", "mail-3@workflowtalent"],
            received.Select(m => m.MessageId).Order(StringComparer.Ordinal));
        Assert.All(harness.Mails(), mail => Assert.Equal(OutboxMailStatus.Sent, mail.Status));
    }

    [Fact]
    public async Task SendDue_MarksMailFailed_AfterMaxAttempts_AndResendDeliversIt()
    {
        await using var server = await SmtpServer.StartAsync();
        using var harness = new MailHarness(options =>
        {
            UseServer(options, server);
            options.MaxAttempts = 3;
        });
        harness.AddMails(1);
        server.Stop();

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(0, await harness.SendDueAsync());
            // Past any back-off, so every run is a real attempt.
            harness.Clock.Advance(TimeSpan.FromDays(1));
        }

        var failed = Assert.Single(harness.Mails());
        Assert.Equal(OutboxMailStatus.Failed, failed.Status);
        Assert.Equal(3, failed.Attempts);
        Assert.NotNull(failed.LastError);

        // Failed stays put until an administrator acts.
        await server.StartAgainAsync();
        Assert.Equal(0, await harness.SendDueAsync());

        Assert.True(await harness.ResendAsync("mail-1"));
        var pending = Assert.Single(harness.Mails());
        Assert.Equal(OutboxMailStatus.Pending, pending.Status);
        Assert.Equal(0, pending.Attempts);

        Assert.Equal(1, await harness.SendDueAsync());
        Assert.Equal("mail-1@workflowtalent", Assert.Single(await server.WaitForMessagesAsync(1, Delivery)).MessageId);
        Assert.Equal(OutboxMailStatus.Sent, Assert.Single(harness.Mails()).Status);
        Assert.False(await harness.ResendAsync("mail-1"));
    }

    [Fact]
    public async Task SendDue_WritesEmlFilesToThePickupFolder_WhenNoSmtpHostIsConfigured()
    {
        using var harness = new MailHarness(_ => { });
        harness.AddMails(2);

        Assert.Equal(2, await harness.SendDueAsync());

        var files = Directory.GetFiles(harness.PickupDirectory).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, files.Count);
        for (var i = 1; i <= 2; i++)
        {
            Assert.Equal($"mail-{i}@workflowtalent.eml", Path.GetFileName(files[i - 1]));
            var message = MimeMessage.Load(files[i - 1]);
            Assert.Equal($"培养任务通知 {i}", message.Subject);
            Assert.Equal($"mail-{i}@workflowtalent", message.MessageId);
        }

        Assert.All(harness.Mails(), mail => Assert.Equal(OutboxMailStatus.Sent, mail.Status));
        Assert.Equal(0, await harness.SendDueAsync());
    }

    private static void UseServer(MailOptions options, SmtpServer server)
    {
        options.SmtpHost = server.Host;
        options.SmtpPort = server.Port;
        options.Security = MailKit.Security.SecureSocketOptions.None;
    }
}
