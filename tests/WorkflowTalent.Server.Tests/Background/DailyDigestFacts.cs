using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Mail;
using WorkflowTalent.Server.Background;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Server.Tests.Background;

/// <summary>The daily digest: one mail per official and local day, listing that official's open and overdue tasks.</summary>
public abstract class DailyDigestFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : MailServiceFixture
{
    [Fact]
    public async Task Digest_ListsEachOfficialsOpenAndOverdueTasks_OncePerLocalDay()
    {
        await service.QuiesceAsync();
        await SetCultureAsync("hospital.hr", "en");
        var longLeave = await service.StartLongLeaveAsync();
        service.Clock.Advance(TimeSpan.FromDays(1));
        await service.StartShortLeaveAsync();
        var countyDue = Local(service.TaskOf(longLeave, "county").Due!.Value);
        service.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1)); // the long leave's approvals are an hour overdue
        var date = ShanghaiTime.ToLocal(service.Clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.Equal(3, await service.RunAsync<DailyDigestJob>(job => job.RunAsync()));
        Assert.Equal(0, await service.RunAsync<DailyDigestJob>(job => job.RunAsync())); // the same day again
        var digests = Digests();
        Assert.Equal(["eshan.org@yuxi.example", "hospital.hr@yuxi.example", "hospital.unit@yuxi.example"], digests.Select(m => m.To));

        var county = digests[0];
        Assert.Equal($"【玉溪市基层人才对口培养】每日待办汇总（{date}）：1 项待办，1 项已逾期", county.Subject);
        Assert.Contains($"<td>审批 李明 的请假（5 天）</td><td>研修人员请假审批</td><td>{countyDue}</td><td>已逾期</td>", county.Body, StringComparison.Ordinal);

        var hr = digests[1];
        Assert.Equal($"[Yuxi talent plan] Daily tasks ({date}): 1 open, 1 overdue", hr.Subject);
        Assert.Contains("<td>Overdue</td>", hr.Body, StringComparison.Ordinal);

        var unit = digests[2];
        Assert.Equal($"【玉溪市基层人才对口培养】每日待办汇总（{date}）：1 项待办", unit.Subject);
        Assert.Contains("<td>审批 李明 的请假（2 天）</td>", unit.Body, StringComparison.Ordinal);
        Assert.Contains("<td>待办</td>", unit.Body, StringComparison.Ordinal);

        service.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(3, await service.RunAsync<DailyDigestJob>(job => job.RunAsync()));
        Assert.Equal(6, Digests().Count);
    }

    private List<OutboxMail> Digests() => service.Db(db => db.OutboxMails.AsNoTracking()
        .Where(m => m.Id.StartsWith("digest-") && m.Status == OutboxMailStatus.Pending)
        .OrderBy(m => m.CreatedAt).ThenBy(m => m.To).ToList());

    private static string Local(DateTimeOffset time) => ShanghaiTime.ToLocal(time).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private Task<int> SetCultureAsync(string userName, string culture) => service.InScopeAsync(sp =>
        sp.GetRequiredService<WorkflowDbContext>().Users.Where(u => u.UserName == userName).ExecuteUpdateAsync(s => s.SetProperty(u => u.Culture, culture)));
}

public sealed class DailyDigestFactsOnSqlite(SqliteMailServiceFixture service) : DailyDigestFacts<SqliteMailServiceFixture>(service);

public sealed class DailyDigestFactsOnPostgreSql(PostgreSqlMailServiceFixture service) : DailyDigestFacts<PostgreSqlMailServiceFixture>(service);
