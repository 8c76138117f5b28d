using WorkflowTalent.Persistence.Mail;
using WorkflowTalent.Server.Background;

namespace WorkflowTalent.Server.Tests.Background;

/// <summary>The outbox delivered to a real SMTP server: once each, and after an outage, still once each.</summary>
public abstract class MailDispatchFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : MailServiceFixture
{
    private const string InstanceHeader = "X-WorkflowTalent-Instance";

    [Fact]
    public async Task Escalation_ReachesTheSmtpServer_OnceWithTheChineseSubject()
    {
        await service.QuiesceAsync();
        var instanceId = await service.StartLongLeaveAsync();
        service.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(2, await service.RunAsync<TimerSweepJob>(job => job.RunAsync()));
        var queued = service.Outbox(instanceId).Count(m => m.Status == OutboxMailStatus.Pending);

        Assert.Equal(queued, await service.RunAsync<MailDispatchJob>(job => job.RunAsync()));
        Assert.Equal(0, await service.RunAsync<MailDispatchJob>(job => job.RunAsync()));

        var delivered = Delivered(instanceId);
        Assert.Equal(queued, delivered.Count);
        var escalation = Assert.Single(delivered, m => m.Subject == LeaveCases.EscalationSubject);
        Assert.Equal("rcgzk@yxzzb.example.cn", escalation.To.Mailboxes.Single().Address);
        Assert.Contains("未在审批时限（P3D）内审批", escalation.TextBody, StringComparison.Ordinal);
        Assert.All(service.Outbox(instanceId), m => Assert.Equal((OutboxMailStatus.Sent, service.Clock.GetUtcNow()), (m.Status, m.SentAt)));
    }

    [Fact]
    public async Task SmtpOutage_KeepsMailsPendingWithTheError_ThenDeliversEachOnce()
    {
        await service.QuiesceAsync();
        var instanceId = await service.StartLongLeaveAsync();
        service.Clock.Advance(TimeSpan.FromDays(3));
        await service.RunAsync<TimerSweepJob>(job => job.RunAsync());
        var failedAt = service.Clock.GetUtcNow();

        service.Smtp.Stop();
        try
        {
            Assert.Equal(0, await service.RunAsync<MailDispatchJob>(job => job.RunAsync()));
            var waiting = service.Outbox(instanceId);
            Assert.Equal(4, waiting.Count); // a reminder and an escalation per approval
            Assert.All(waiting, m =>
            {
                Assert.Equal((OutboxMailStatus.Pending, 1, failedAt + TimeSpan.FromMinutes(1)), (m.Status, m.Attempts, m.NextAttemptAt));
                Assert.False(string.IsNullOrEmpty(m.LastError));
            });
        }
        finally
        {
            await service.Smtp.StartAgainAsync();
        }

        // Back, but the back-off (1 minute after the first failure) has not passed: nothing is tried yet.
        Assert.Equal(0, await service.RunAsync<MailDispatchJob>(job => job.RunAsync()));
        service.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(4, await service.RunAsync<MailDispatchJob>(job => job.RunAsync()));
        Assert.Equal(0, await service.RunAsync<MailDispatchJob>(job => job.RunAsync()));

        var delivered = Delivered(instanceId);
        Assert.Equal(4, delivered.Count);
        Assert.Equal(4, delivered.Select(m => m.MessageId).Distinct().Count());
        Assert.All(service.Outbox(instanceId), m => Assert.Equal((OutboxMailStatus.Sent, 1), (m.Status, m.Attempts)));
    }

    private List<MimeKit.MimeMessage> Delivered(string instanceId) =>
        [.. service.Smtp.Messages().Where(m => m.Headers[InstanceHeader] == instanceId)];
}

public sealed class MailDispatchFactsOnSqlite(SqliteMailServiceFixture service) : MailDispatchFacts<SqliteMailServiceFixture>(service);

public sealed class MailDispatchFactsOnPostgreSql(PostgreSqlMailServiceFixture service) : MailDispatchFacts<PostgreSqlMailServiceFixture>(service);
