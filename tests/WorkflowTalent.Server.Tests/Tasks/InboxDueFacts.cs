using System.Net;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Tasks;

/// <summary>The inbox's due window: dueAfter (inclusive) and dueBefore (exclusive), alone, together, and saved in a filter.</summary>
public abstract class InboxDueFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    [Fact]
    public async Task DueAfter_KeepsTasksDueFromThatInstant_AndCombinesWithDueBefore_R15_1()
    {
        var county = TaskScenario.Unique("测试县");
        var officialName = await service.CreateOfficialAsync("CountyOrganization", county);
        var leave = await service.StartLongLeaveAsync(county, "甲");
        var due = service.Db(db => db.Tasks.Single(t => t.Id == leave.County).Due)!.Value;
        var official = await service.SignInAsync(officialName);

        static string At(DateTimeOffset instant) => Uri.EscapeDataString(instant.ToString("O"));
        Assert.Equal([leave.County], (await official.GetJsonAsync($"/api/tasks?dueAfter={At(due)}")).Ids());
        Assert.Empty((await official.GetJsonAsync($"/api/tasks?dueAfter={At(due.AddSeconds(1))}")).Ids());
        Assert.Equal([leave.County], (await official.GetJsonAsync($"/api/tasks?dueAfter={At(due.AddDays(-1))}&dueBefore={At(due.AddDays(1))}")).Ids());

        var saved = await (await official.PostAsync("/api/tasks/filters", new { name = "下周到期", query = new { dueAfter = due.AddSeconds(1) } })).JsonAsync(HttpStatusCode.Created);
        Assert.Empty((await official.GetJsonAsync($"/api/tasks?filterId={(string?)saved["id"]}")).Ids());
        await (await official.GetAsync($"/api/tasks?dueAfter={At(due)}&dueBefore={At(due)}")).ProblemAsync(HttpStatusCode.BadRequest);
    }
}

public sealed class InboxDueFactsOnSqlite(SqliteServiceFixture service) : InboxDueFacts<SqliteServiceFixture>(service);

public sealed class InboxDueFactsOnPostgreSql(PostgreSqlServiceFixture service) : InboxDueFacts<PostgreSqlServiceFixture>(service);
