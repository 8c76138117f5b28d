using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Instances;

/// <summary>Starting a case and who may then see it (Access): the starter, the officials of its tasks, administrators.</summary>
public abstract class InstanceStartFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    [Fact]
    public async Task Start_LongLeaveByTrainee_Is201_WithCountyAndUnitHrTasks()
    {
        var li = await service.SignInAsync("trainee.li");
        var response = await li.PostAsJsonAsync("/api/instances", LeaveRequests.LongLeave());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var details = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var id = (string)details["id"]!;
        Assert.Equal($"/api/instances/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(("talent-leave", 1, "Waiting", "trainee.li"),
            ((string?)details["definitionId"], (int)details["definitionVersion"]!, (string?)details["status"], (string?)details["startedBy"]));
        Assert.Equal(5, (int)details["variables"]!["days"]!);
        // R15.1: more than 3 days, so the county Organisation Department and the receiving unit's HR office, in parallel.
        var tasks = details["openTasks"]!.AsArray()
            .Select(t => ((string?)t!["activityId"], (string?)t["role"], (string?)t["scope"], (string?)t["assignee"], (bool)t["isOverdue"]!))
            .OrderBy(t => t.Item1, StringComparer.Ordinal);
        Assert.Equal(
            [("county", "CountyOrganization", LeaveRequests.EshanCounty, null, false), ("unitHr", "ReceivingUnitHr", LeaveRequests.PeopleHospital, null, false)],
            tasks);
        Assert.Equal("trainee.li", service.Db(db => db.Instances.Single(i => i.Id == id).StartedBy));
    }

    [Fact]
    public async Task Get_SaysWhichOpenTasksTheCallerMayOpen_R15_1()
    {
        var id = (string)(await LeaveRequests.StartLongLeaveAsync(await service.SignInAsync("trainee.li")))["id"]!;

        var eshan = JsonNode.Parse(await (await service.SignInAsync("eshan.org")).GetStringAsync($"/api/instances/{id}"))!;
        var hr = JsonNode.Parse(await (await service.SignInAsync("hospital.hr")).GetStringAsync($"/api/instances/{id}"))!;

        // Both see the case and both of its steps; each may open only the step of its own role and scope.
        Assert.Equal([("county", true), ("unitHr", false)], CanOpen(eshan));
        Assert.Equal([("county", false), ("unitHr", true)], CanOpen(hr));
    }

    private static List<(string?, bool)> CanOpen(JsonNode details) =>
        [.. details["openTasks"]!.AsArray().Select(t => ((string?)t!["activityId"], (bool)t["canOpen"]!)).OrderBy(t => t.Item1, StringComparer.Ordinal)];

    [Fact]
    public async Task Get_AnotherTraineesLeave_Is404_AndNotListed()
    {
        var id = (string)(await LeaveRequests.StartLongLeaveAsync(await service.SignInAsync("trainee.li")))["id"]!;
        var he = await service.SignInAsync("trainee.he");

        var response = await he.GetAsync($"/api/instances/{id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await he.GetAsync($"/api/instances/{id}/journal")).StatusCode);
        var page = JsonNode.Parse(await he.GetStringAsync("/api/instances?definitionId=talent-leave&pageSize=100"))!;
        Assert.DoesNotContain(id, page["items"]!.AsArray().Select(i => (string?)i!["id"]));
    }

    [Fact]
    public async Task Get_ByTheCountyOfItsTask_IsVisible_ByAnotherCounty_Is404()
    {
        var id = (string)(await LeaveRequests.StartLongLeaveAsync(await service.SignInAsync("trainee.li")))["id"]!;

        var eshan = JsonNode.Parse(await (await service.SignInAsync("eshan.org")).GetStringAsync($"/api/instances/{id}"))!;
        Assert.Equal(id, (string?)eshan["id"]);
        var tonghai = await service.SignInAsync("tonghai.org");
        Assert.Equal(HttpStatusCode.NotFound, (await tonghai.GetAsync($"/api/instances/{id}")).StatusCode);
        var tonghaiPage = JsonNode.Parse(await tonghai.GetStringAsync("/api/instances?pageSize=100"))!;
        Assert.DoesNotContain(id, tonghaiPage["items"]!.AsArray().Select(i => (string?)i!["id"]));
    }

    [Fact]
    public async Task List_ByAdministrator_ShowsEveryonesCases_FilteredAndPaged()
    {
        var li = await LeaveRequests.StartLongLeaveAsync(await service.SignInAsync("trainee.li"));
        var he = await LeaveRequests.StartLongLeaveAsync(await service.SignInAsync("trainee.he"));
        var admin = await service.SignInAsync("admin");

        var page = JsonNode.Parse(await admin.GetStringAsync("/api/instances?definitionId=talent-leave&status=waiting&pageSize=100"))!;
        var ids = page["items"]!.AsArray().Select(i => (string?)i!["id"]).ToList();
        Assert.Contains((string?)li["id"], ids);
        Assert.Contains((string?)he["id"], ids);
        Assert.Equal(ids.Count, (int)page["total"]!);

        var first = JsonNode.Parse(await admin.GetStringAsync("/api/instances?definitionId=talent-leave&page=1&pageSize=1"))!;
        Assert.Equal((1, 1, ids.Count), ((int)first["page"]!, first["items"]!.AsArray().Count, (int)first["total"]!));
        // Newest first: trainee.he's case was started last (the fake clock stands still; ids are time-ordered).
        Assert.True(ids.IndexOf((string?)he["id"]) < ids.IndexOf((string?)li["id"]));
        var none = JsonNode.Parse(await admin.GetStringAsync("/api/instances?definitionId=talent-leave&status=Finished"))!;
        Assert.DoesNotContain((string?)li["id"], none["items"]!.AsArray().Select(i => (string?)i!["id"]));
    }

    [Fact]
    public async Task List_ByTrainee_ShowsOnlyTheirOwnCases()
    {
        var liClient = await service.SignInAsync("trainee.li");
        var li = (string)(await LeaveRequests.StartLongLeaveAsync(liClient))["id"]!;
        await LeaveRequests.StartLongLeaveAsync(await service.SignInAsync("trainee.he"));

        var page = JsonNode.Parse(await liClient.GetStringAsync("/api/instances?pageSize=100"))!;
        var items = page["items"]!.AsArray();
        Assert.Contains(li, items.Select(i => (string?)i!["id"]));
        Assert.All(items, i => Assert.Equal("trainee.li", (string?)i!["startedBy"]));
    }

    [Fact]
    public async Task List_WithAnUnknownStatus_Is422()
    {
        var response = await (await service.SignInAsync("admin")).GetAsync("/api/instances?status=Sleeping");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Journal_ListsTheEntriesInOrder()
    {
        var li = await service.SignInAsync("trainee.li");
        var id = (string)(await LeaveRequests.StartLongLeaveAsync(li))["id"]!;

        var journal = JsonNode.Parse(await li.GetStringAsync($"/api/instances/{id}/journal"))!.AsArray();
        var stored = service.Db(db => db.Journal.Where(j => j.InstanceId == id).OrderBy(j => j.Sequence).Select(j => j.Event).ToList());
        Assert.Equal(stored, journal.Select(e => (string?)e!["event"]));
        Assert.Equal("Started", (string?)journal[0]!["event"]);
        var created = journal.Where(e => (string?)e!["event"] == "TaskCreated").Select(e => ((string?)e!["activity"], (string?)e["role"], (string?)e["scope"]));
        Assert.Equal([("county", "CountyOrganization", LeaveRequests.EshanCounty), ("unitHr", "ReceivingUnitHr", LeaveRequests.PeopleHospital)], created);
    }

    [Fact]
    public async Task Start_UnknownDefinition_Is404()
    {
        var response = await (await service.SignInAsync("trainee.li")).PostAsJsonAsync("/api/instances", new { definitionId = "no-such-process" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Start_DraftOnlyOrRetiredOnlyDefinition_Is422_AndStartsNothing()
    {
        var draft = TestDefinitions.FreshId("draft");
        var retired = TestDefinitions.FreshId("retired");
        await TestDefinitions.AddAsync(service, DefinitionStatus.Draft, TestDefinitions.Waiter(draft, 1, ("wait", "Go")));
        await TestDefinitions.AddAsync(service, DefinitionStatus.Retired, TestDefinitions.Waiter(retired, 1, ("wait", "Go")));
        var admin = await service.SignInAsync("admin");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PostAsJsonAsync("/api/instances", new { definitionId = draft })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PostAsJsonAsync("/api/instances", new { definitionId = draft, version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PostAsJsonAsync("/api/instances", new { definitionId = retired })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/api/instances", new { definitionId = retired, version = 2 })).StatusCode);
        Assert.Equal(0, service.Db(db => db.Instances.Count(i => i.DefinitionId == draft || i.DefinitionId == retired)));
    }
}

public sealed class InstanceStartFactsOnSqlite(SqliteServiceFixture service) : InstanceStartFacts<SqliteServiceFixture>(service);

public sealed class InstanceStartFactsOnPostgreSql(PostgreSqlServiceFixture service) : InstanceStartFacts<PostgreSqlServiceFixture>(service);
