using Xunit.Abstractions;

namespace WorkflowTalent.Testing.Tests;

public sealed class SmtpServerTests(SmtpFixture fixture, ITestOutputHelper output) : IClassFixture<SmtpFixture>
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task SentMail_IsReadBackWithChineseSubjectAndBody()
    {
        output.WriteLine($"aiosmtpd started in {fixture.Server.StartupDuration.TotalSeconds:F2}s on port {fixture.Server.Port}");

        await MailSender.SendAsync(fixture.Server, "请假申请已批准", "您的请假申请（2026-09-01 至 2026-09-05）已批准。");

        var message = Assert.Single(await fixture.Server.WaitForMessagesAsync(1, DeliveryTimeout));
        Assert.Equal("请假申请已批准", message.Subject);
        Assert.Equal("您的请假申请（2026-09-01 至 2026-09-05）已批准。", message.TextBody?.TrimEnd());
        Assert.Equal("zhangsan@example.test", Assert.Single(message.To.Mailboxes).Address);
    }

    [Fact]
    public async Task StoppedServer_RefusesMail_UntilStartedAgain()
    {
        // Its own server: stopping the shared fixture would break tests running alongside.
        await using var server = await SmtpServer.StartAsync();
        var port = server.Port;

        server.Stop();
        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => MailSender.SendAsync(server, "停机", "不应送达"));

        await server.StartAgainAsync();
        await MailSender.SendAsync(server, "恢复", "已送达");

        Assert.Equal(port, server.Port);
        var message = Assert.Single(await server.WaitForMessagesAsync(1, DeliveryTimeout));
        Assert.Equal("恢复", message.Subject);
    }
}
