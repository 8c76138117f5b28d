using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Instances;

/// <summary>What only administrators do to a running case: cancel it, alter it.</summary>
public abstract class InstanceAdministrationFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    [Fact]
    public async Task Cancel_ByAdministrator_EndsTheCase_AndCancelsItsTasks()
    {
        var id = (string)(await LeaveRequests.StartLongLeaveAsync(await service.SignInAsync("trainee.li")))["id"]!;
        var admin = await service.SignInAsync("admin");

        var response = await admin.PostAsJsonAsync($"/api/instances/{id}/cancel", new { reason = "重复提交" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var details = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Cancelled", (string?)details["status"]);
        Assert.Empty(details["openTasks"]!.AsArray());
        Assert.NotNull((string?)details["endedAt"]);
        var tasks = service.Db(db => db.Tasks.Where(t => t.InstanceId == id).Select(t => new { t.ActivityId, t.Status, t.CancelReason }).ToList());
        Assert.Equal(["county", "unitHr"], tasks.Select(t => t.ActivityId).Order(StringComparer.Ordinal));
        Assert.All(tasks, t => Assert.Equal(HumanTaskStatus.Cancelled, t.Status));
        Assert.All(tasks, t => Assert.Equal("重复提交 (cancelled by admin)", t.CancelReason));
        var journal = JsonNode.Parse(await admin.GetStringAsync($"/api/instances/{id}/journal"))!.AsArray();
        Assert.Equal(("Cancelled", "重复提交 (cancelled by admin)"), ((string?)journal[^1]!["event"], (string?)journal[^1]!["reason"]));
    }

    [Fact]
    public async Task Cancel_ByAnOfficial_Is403_AndChangesNothing()
    {
        var id = (string)(await LeaveRequests.StartLongLeaveAsync(await service.SignInAsync("trainee.li")))["id"]!;

        var response = await (await service.SignInAsync("eshan.org")).PostAsJsonAsync($"/api/instances/{id}/cancel", new { reason = "不同意" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(Workflows.Runtime.WorkflowStatus.Waiting, service.Db(db => db.Instances.Single(i => i.Id == id).Status));
    }

    [Fact]
    public async Task Cancel_TwiceOrUnknown_Is409Or404()
    {
        var id = (string)(await LeaveRequests.StartLongLeaveAsync(await service.SignInAsync("trainee.li")))["id"]!;
        var admin = await service.SignInAsync("admin");
        (await admin.PostAsJsonAsync($"/api/instances/{id}/cancel", new { reason = "重复提交" })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/instances/{id}/cancel", new { reason = "again" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/api/instances/nope/cancel", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PostAsJsonAsync($"/api/instances/{id}/cancel", new { reason = " " })).StatusCode);
    }

    [Fact]
    public async Task Alter_SetVariable_ChangesItAndJournalsIt()
    {
        var id = (string)(await LeaveRequests.StartLongLeaveAsync(await service.SignInAsync("trainee.li")))["id"]!;
        var admin = await service.SignInAsync("admin");

        var response = await admin.PostAsJsonAsync($"/api/instances/{id}/alterations",
            new { alterations = new object[] { new { type = "SetVariable", name = "reason", value = "陪护家人（已补充材料）" } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var details = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("陪护家人（已补充材料）", (string?)details["variables"]!["reason"]);
        Assert.Equal("Waiting", (string?)details["status"]);
        var journal = JsonNode.Parse(await admin.GetStringAsync($"/api/instances/{id}/journal"))!.AsArray();
        Assert.Equal(("Altered", "SetVariable", "reason"), ((string?)journal[^1]!["event"], (string?)journal[^1]!["name"], (string?)journal[^1]!["text"]));
    }

    [Fact]
    public async Task Alter_CancelActivity_CancelsThatTaskOnly()
    {
        var id = (string)(await LeaveRequests.StartLongLeaveAsync(await service.SignInAsync("trainee.li")))["id"]!;

        var response = await (await service.SignInAsync("admin")).PostAsJsonAsync($"/api/instances/{id}/alterations",
            new { alterations = new object[] { new { type = "CancelActivity", activityId = "unitHr" } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var details = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(["county"], details["openTasks"]!.AsArray().Select(t => (string?)t!["activityId"]));
        Assert.Equal(HumanTaskStatus.Cancelled, service.Db(db => db.Tasks.Single(t => t.InstanceId == id && t.ActivityId == "unitHr").Status));
    }

    [Fact]
    public async Task Alter_UnknownTypeOrVariable_Is422_AndChangesNothing()
    {
        var id = (string)(await LeaveRequests.StartLongLeaveAsync(await service.SignInAsync("trainee.li")))["id"]!;
        var admin = await service.SignInAsync("admin");
        var before = service.Db(db => db.Instances.Single(i => i.Id == id).Revision);

        var badType = await admin.PostAsJsonAsync($"/api/instances/{id}/alterations", new { alterations = new object[] { new { type = "Teleport" } } });
        var badVariable = await admin.PostAsJsonAsync($"/api/instances/{id}/alterations",
            new { alterations = new object[] { new { type = "SetVariable", name = "reason", value = "x" }, new { type = "SetVariable", name = "noSuchVariable", value = 1 } } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, badType.StatusCode);
        Assert.Equal("alterations[0].type", (string?)JsonNode.Parse(await badType.Content.ReadAsStringAsync())!["problems"]![0]!["path"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badVariable.StatusCode);
        Assert.Equal(before, service.Db(db => db.Instances.Single(i => i.Id == id).Revision));
    }

    [Fact]
    public async Task Alter_ByAnOfficial_Is403()
    {
        var id = (string)(await LeaveRequests.StartLongLeaveAsync(await service.SignInAsync("trainee.li")))["id"]!;
        var response = await (await service.SignInAsync("city.org")).PostAsJsonAsync($"/api/instances/{id}/alterations",
            new { alterations = new object[] { new { type = "SetVariable", name = "reason", value = "x" } } });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class InstanceAdministrationFactsOnSqlite(SqliteServiceFixture service) : InstanceAdministrationFacts<SqliteServiceFixture>(service);

public sealed class InstanceAdministrationFactsOnPostgreSql(PostgreSqlServiceFixture service) : InstanceAdministrationFacts<PostgreSqlServiceFixture>(service);
