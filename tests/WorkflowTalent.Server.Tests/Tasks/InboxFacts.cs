using System.Net;
using System.Net.Http.Json;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Tasks;

/// <summary>
/// The inbox, saved filters, substitutes and bulk actions. Each test works in a county of its own (a made-up scope
/// with its own officials), so its inbox holds only its own cases; on both databases.
/// </summary>
public abstract class InboxFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    [Fact]
    public async Task Inbox_FiltersSortsAndPages_AndCounts()
    {
        var county = TaskScenario.Unique("测试县");
        var officialName = await service.CreateOfficialAsync("CountyOrganization", county);
        var a = await service.StartLongLeaveAsync(county, "甲");
        var b = await service.StartLongLeaveAsync(county, "乙");
        var c = await service.StartLongLeaveAsync(county, "丙");
        var official = await service.SignInAsync(officialName);
        await (await official.PatchAsJsonAsync($"/api/tasks/{a.County}", new { priority = 1 })).JsonAsync();
        await (await official.PatchAsJsonAsync($"/api/tasks/{c.County}", new { priority = 7 })).JsonAsync();
        await (await official.PostAsync($"/api/tasks/{b.County}/claim")).JsonAsync();

        var first = await official.GetJsonAsync("/api/tasks?sort=-priority&pageSize=2");
        Assert.Equal([c.County, a.County], first.Ids());
        Assert.Equal((3, 1, 2), ((int)first["total"]!, (int)first["page"]!, (int)first["pageSize"]!));
        Assert.Equal((3, 0, 1), ((int)first["counts"]!["open"]!, (int)first["counts"]!["overdue"]!, (int)first["counts"]!["mine"]!));
        Assert.Equal([b.County], (await official.GetJsonAsync("/api/tasks?sort=-priority&pageSize=2&page=2")).Ids());
        Assert.Equal([b.County], (await official.GetJsonAsync("/api/tasks?assignee=me")).Ids());
        Assert.Equal([a.County, c.County], (await official.GetJsonAsync("/api/tasks?assignee=unassigned&sort=priority")).Ids());
        Assert.Equal([b.County], (await official.GetJsonAsync($"/api/tasks?search={Uri.EscapeDataString("审批 乙")}")).Ids());
        Assert.Equal(3, (int)(await official.GetJsonAsync($"/api/tasks?definitionId=talent-leave&activityId=county&scope={Uri.EscapeDataString(county)}"))["total"]!);
        Assert.Equal(0, (int)(await official.GetJsonAsync("/api/tasks?activityId=unitHr"))["total"]!);
        Assert.Equal(0, (int)(await official.GetJsonAsync("/api/tasks?status=Completed"))["total"]!);

        // The approvals are due in 3 days (R15.1's approvalDue); 4 days on, all three are late.
        var dueBefore = Uri.EscapeDataString(service.Clock.GetUtcNow().AddDays(4).ToString("O"));
        Assert.Equal(3, (int)(await official.GetJsonAsync($"/api/tasks?dueBefore={dueBefore}"))["total"]!);
        service.Clock.Advance(TimeSpan.FromDays(4));
        official = await service.SignInAsync(officialName); // the bearer token lives an hour of the fake clock
        var late = await official.GetJsonAsync("/api/tasks?overdue=true");
        Assert.Equal(3, (int)late["total"]!);
        Assert.Equal(3, (int)late["counts"]!["overdue"]!);
        Assert.All(late["items"]!.AsArray(), i => Assert.True((bool)i!["isOverdue"]!));

        await (await official.GetAsync("/api/tasks?pageSize=201")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await official.GetAsync("/api/tasks?sort=name")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SharedFilter_IsSeenByAColleagueOfTheSameRoleAndScope_NotByAnotherCounty()
    {
        var county = TaskScenario.Unique("测试县");
        var ownerName = await service.CreateOfficialAsync("CountyOrganization", county);
        var colleagueName = await service.CreateOfficialAsync("CountyOrganization", county);
        var outsiderName = await service.CreateOfficialAsync("CountyOrganization", TaskScenario.Unique("别县"));
        var a = await service.StartLongLeaveAsync(county, "赵");
        await service.StartLongLeaveAsync(county, "钱");
        var owner = await service.SignInAsync(ownerName);

        var shared = await (await owner.PostAsync("/api/tasks/filters", new { name = "赵的请假", shared = true, query = new { search = "赵", sort = "-due" } }))
            .JsonAsync(HttpStatusCode.Created);
        var mine = await (await owner.PostAsync("/api/tasks/filters", new { name = "我的", query = new { assignee = "me" } })).JsonAsync(HttpStatusCode.Created);
        var sharedId = (string)shared["id"]!;
        Assert.Equal(("CountyOrganization", county, "赵"), ((string?)shared["role"], (string?)shared["scope"], (string?)shared["query"]!["search"]));

        var colleague = await service.SignInAsync(colleagueName);
        Assert.Equal([sharedId], (await colleague.GetJsonAsync("/api/tasks/filters")).AsArray().Select(f => (string?)f!["id"]));
        Assert.Equal([a.County], (await colleague.GetJsonAsync($"/api/tasks?filterId={sharedId}")).Ids());
        await (await colleague.GetAsync($"/api/tasks?filterId={(string)mine["id"]!}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await colleague.DeleteAsync($"/api/tasks/filters/{sharedId}")).ProblemAsync(HttpStatusCode.NotFound);

        var outsider = await service.SignInAsync(outsiderName);
        Assert.Empty((await outsider.GetJsonAsync("/api/tasks/filters")).AsArray());
        await (await outsider.GetAsync($"/api/tasks?filterId={sharedId}")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(2, (await owner.GetJsonAsync("/api/tasks/filters")).AsArray().Count);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/tasks/filters/{sharedId}")).StatusCode);
        Assert.Empty((await colleague.GetJsonAsync("/api/tasks/filters")).AsArray());
    }

    [Fact]
    public async Task Substitute_ActsOnTheAbsentOfficialsClaimedTask_OnlyDuringThePeriod()
    {
        var county = TaskScenario.Unique("测试县");
        var absentName = await service.CreateOfficialAsync("CountyOrganization", county, "absent.");
        var substituteName = await service.CreateOfficialAsync("CountyOrganization", county, "substitute.");
        var (_, task, _) = await service.StartLongLeaveAsync(county);
        var (_, later, _) = await service.StartLongLeaveAsync(county);
        var absent = await service.SignInAsync(absentName);
        await (await absent.PostAsync($"/api/tasks/{task}/claim")).JsonAsync();
        await (await absent.PostAsync($"/api/tasks/{later}/claim")).JsonAsync();

        var now = service.Clock.GetUtcNow();
        await (await absent.PostAsync("/api/substitutes", new { substituteUserName = substituteName, from = now.AddDays(1), to = now })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await absent.PostAsync("/api/substitutes", new { substituteUserName = "tonghai.org", from = now.AddDays(1), to = now.AddDays(3) })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var created = await (await absent.PostAsync("/api/substitutes", new { substituteUserName = substituteName, from = now.AddDays(1), to = now.AddDays(3) }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.False((bool)created["isActive"]!);

        var substitute = await service.SignInAsync(substituteName);
        Assert.Empty((await substitute.GetJsonAsync("/api/tasks?assignee=me")).Ids());
        await (await substitute.CompleteAsync(task)).ProblemAsync(HttpStatusCode.Conflict);

        service.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        substitute = await service.SignInAsync(substituteName);
        var during = await substitute.GetJsonAsync("/api/tasks?assignee=me");
        Assert.Equal(new[] { task, later }.Order(StringComparer.Ordinal), during.Ids().Order(StringComparer.Ordinal));
        Assert.Equal(2, (int)during["counts"]!["mine"]!);
        Assert.True((bool)(await substitute.GetJsonAsync("/api/substitutes"))[0]!["isActive"]!);
        await (await substitute.CompleteAsync(task)).JsonAsync();
        Assert.Equal(substituteName, service.Db(db => db.Tasks.Single(t => t.Id == task).CompletedBy));

        service.Clock.Advance(TimeSpan.FromDays(2));
        substitute = await service.SignInAsync(substituteName);
        Assert.Empty((await substitute.GetJsonAsync("/api/tasks?assignee=me")).Ids());
        await (await substitute.CompleteAsync(later)).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task SubstituteCandidates_AreColleaguesOfTheSameRoleAndScope_NotTheCallerOrAnotherCounty()
    {
        var county = TaskScenario.Unique("测试县");
        var absentName = await service.CreateOfficialAsync("CountyOrganization", county, "absent.");
        var colleagueName = await service.CreateOfficialAsync("CountyOrganization", county, "colleague.");
        await service.CreateOfficialAsync("CountyOrganization", TaskScenario.Unique("测试县"), "elsewhere.");
        var absent = await service.SignInAsync(absentName);

        var candidates = (await absent.GetJsonAsync("/api/substitutes/candidates")).AsArray().Select(c => (string?)c!["userName"]).ToList();

        Assert.Equal([colleagueName], candidates);
        // Whom the list offers, the service accepts.
        var now = service.Clock.GetUtcNow();
        await (await absent.PostAsync("/api/substitutes", new { substituteUserName = candidates[0], from = now, to = now.AddDays(1) })).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task BulkComplete_ApprovesEachVisibleTask_AndAnswers404ForAnInvisibleOne()
    {
        var county = TaskScenario.Unique("测试县");
        var officialName = await service.CreateOfficialAsync("CountyOrganization", county);
        var a = await service.StartLongLeaveAsync(county);
        var b = await service.StartLongLeaveAsync(county);
        var elsewhere = await service.StartLongLeaveAsync(TaskScenario.Tonghai);
        var official = await service.SignInAsync(officialName);

        var results = (await (await official.PostAsync("/api/tasks/bulk/complete", new { taskIds = new[] { a.County, elsewhere.County, b.County }, outcome = "Approve", comment = "同意" }))
            .JsonAsync()).AsArray();

        Assert.Equal(
            [(a.County, 200), (elsewhere.County, 404), (b.County, 200)],
            results.Select(r => ((string?)r!["taskId"], (int)r["status"]!)));
        Assert.Equal(404, (int)results[1]!["problem"]!["status"]!);
        Assert.Equal(
            ["Completed", "Open", "Completed"],
            service.Db(db => new[] { a.County, elsewhere.County, b.County }.Select(id => db.Tasks.Single(t => t.Id == id).Status.ToString()).ToList()));

        var again = (await (await official.PostAsync("/api/tasks/bulk/claim", new { taskIds = new[] { a.County } })).JsonAsync()).AsArray();
        Assert.Equal(409, (int)again[0]!["status"]!);
        await (await official.PostAsync("/api/tasks/bulk/approve", new { taskIds = new[] { a.County } })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
    }
}

public sealed class InboxFactsOnSqlite(SqliteServiceFixture service) : InboxFacts<SqliteServiceFixture>(service);

public sealed class InboxFactsOnPostgreSql(PostgreSqlServiceFixture service) : InboxFacts<PostgreSqlServiceFixture>(service);
