using WorkflowTalent.Persistence.Mail;
using WorkflowTalent.Server.Tests.Support;
using WorkflowTalent.Server.Tests.Tasks;

namespace WorkflowTalent.Server.Tests.Notifications;

/// <summary><c>GET /api/me/notices</c>: the outbox mails to the caller's own address, newest first, as text; never another user's.</summary>
public abstract class NoticesFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    [Fact]
    public async Task Notices_ListOnlyMailsToTheCallersAddress_NewestFirst_AsPlainText()
    {
        var tag = TaskScenario.Unique("通知");
        var at = ServiceFixture.Start;
        service.Db(db =>
        {
            db.OutboxMails.AddRange(
                Mail($"{tag}-old", "trainee.li@yuxi.example", null, $"{tag} 报到提醒", "<p>请于 8 月 30 日前报到。</p><p>地点：&lt;玉溪市人民医院&gt;</p>", at, OutboxMailStatus.Sent),
                Mail($"{tag}-new", "county@eshan.example.cn, Trainee.Li@yuxi.example", null, $"{tag} 请假已批准", "<b>已批准</b>", at.AddHours(1), OutboxMailStatus.Pending),
                Mail($"{tag}-cc", "rsk@yxrmyy.example.cn", "trainee.li@yuxi.example", $"{tag} 抄送", "抄送给您", at.AddMinutes(30), OutboxMailStatus.Sent),
                Mail($"{tag}-he", "trainee.he@yuxi.example", null, $"{tag} 何丽的通知", "不是李明的", at.AddHours(2), OutboxMailStatus.Sent),
                Mail($"{tag}-like", "xtrainee.li@yuxi.example", null, $"{tag} 相似地址", "不是李明的", at.AddHours(3), OutboxMailStatus.Sent));
            return db.SaveChanges();
        });

        var notices = (await (await service.SignInAsync("trainee.li")).GetJsonAsync("/api/me/notices")).AsArray()
            .Where(n => ((string?)n!["subject"])!.StartsWith(tag, StringComparison.Ordinal)).ToList();

        Assert.Equal([$"{tag}-new", $"{tag}-cc", $"{tag}-old"], notices.Select(n => (string?)n!["id"]));
        Assert.Equal("请于 8 月 30 日前报到。\n地点：<玉溪市人民医院>", (string?)notices[2]!["bodyText"]);
        Assert.Equal(("Sent", "Pending"), ((string?)notices[2]!["status"], (string?)notices[0]!["status"]));
        Assert.NotNull(notices[2]!["sentAt"]);

        var he = (await (await service.SignInAsync("trainee.he")).GetJsonAsync("/api/me/notices")).AsArray()
            .Where(n => ((string?)n!["subject"])!.StartsWith(tag, StringComparison.Ordinal)).Select(n => (string?)n!["id"]);
        Assert.Equal([$"{tag}-he"], he);
    }

    private static OutboxMail Mail(string id, string to, string? cc, string subject, string body, DateTimeOffset createdAt, OutboxMailStatus status) => new()
    {
        Id = id,
        InstanceId = "",
        To = to,
        Cc = cc,
        Subject = subject,
        Body = body,
        Status = status,
        CreatedAt = createdAt,
        SentAt = status == OutboxMailStatus.Sent ? createdAt.AddMinutes(1) : null,
    };
}

public sealed class NoticesFactsOnSqlite(SqliteServiceFixture service) : NoticesFacts<SqliteServiceFixture>(service);

public sealed class NoticesFactsOnPostgreSql(PostgreSqlServiceFixture service) : NoticesFacts<PostgreSqlServiceFixture>(service);
