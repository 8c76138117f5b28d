using System.Net;
using System.Net.Http.Json;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Server.Tests.Support;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Tests.Tasks;

/// <summary>What officials do with a task: see it or not, claim, complete, delegate, reassign, comment; on both databases.</summary>
public abstract class TaskActionFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    [Fact]
    public async Task AnotherCounty_GetsNotFound_ForEverythingOnAnEshanTask()
    {
        var (_, county, _) = await service.StartLongLeaveAsync();
        var tonghai = await service.SignInAsync("tonghai.org");

        await (await tonghai.GetAsync($"/api/tasks/{county}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await tonghai.PostAsync($"/api/tasks/{county}/claim")).ProblemAsync(HttpStatusCode.NotFound);
        await (await tonghai.CompleteAsync(county)).ProblemAsync(HttpStatusCode.NotFound);
        var inbox = await tonghai.GetJsonAsync("/api/tasks?pageSize=200");
        Assert.DoesNotContain(county, inbox.Ids());
        Assert.All(inbox["items"]!.AsArray(), i => Assert.Equal(TaskScenario.Tonghai, (string?)i!["scope"]));

        var row = service.Db(db => db.Tasks.Single(t => t.Id == county));
        Assert.Equal((HumanTaskStatus.Open, (string?)null), (row.Status, row.Assignee));
        var eshan = await service.SignInAsync("eshan.org");
        Assert.Contains(county, (await eshan.GetJsonAsync("/api/tasks?pageSize=200")).Ids());
    }

    [Fact]
    public async Task LongLeave_ApprovedByCountyAndUnitHr_FinishesTheCase_AndFilesWithTheCompetentDepartment()
    {
        var (instance, county, unitHr) = await service.StartLongLeaveAsync();
        var eshan = await service.SignInAsync("eshan.org");
        var hr = await service.SignInAsync("hospital.hr");

        var first = await (await eshan.CompleteAsync(county, "Approve", new { comment = "同意" }, "同意")).JsonAsync();
        Assert.Equal("Completed", (string?)first["status"]);
        Assert.Equal(WorkflowStatus.Waiting, service.Db(db => db.Instances.Single(i => i.Id == instance).Status));
        await (await hr.CompleteAsync(unitHr, "Approve", new { comment = "同意，请按时返岗" })).JsonAsync();

        var finished = service.Db(db => db.Instances.Single(i => i.Id == instance));
        Assert.Equal(WorkflowStatus.Finished, finished.Status);
        Assert.NotNull(finished.EndedAt);
        var mails = service.Db(db => db.OutboxMails.Where(m => m.InstanceId == instance).ToList());
        Assert.Contains(mails, m => m.To.Contains("rck@yxwjw.example.cn", StringComparison.Ordinal) && m.Subject.Contains("请假备案", StringComparison.Ordinal));
        var row = service.Db(db => db.Tasks.Single(t => t.Id == county));
        Assert.Equal((HumanTaskStatus.Completed, "Approve", "eshan.org", "同意"), (row.Status, row.Outcome, row.CompletedBy, row.Comment));
    }

    [Fact]
    public async Task Complete_Is409_WhenTheTaskIsAlreadyCompleted()
    {
        var (_, county, _) = await service.StartLongLeaveAsync();
        var eshan = await service.SignInAsync("eshan.org");
        await (await eshan.CompleteAsync(county)).JsonAsync();

        var again = await (await eshan.CompleteAsync(county, "Reject")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("no longer open", (string?)again["detail"], StringComparison.Ordinal);
        Assert.Equal("Approve", service.Db(db => db.Tasks.Single(t => t.Id == county).Outcome));
    }

    [Fact]
    public async Task TwoCompletesAtOnce_OneWins_TheOtherIs409()
    {
        var (instance, county, _) = await service.StartLongLeaveAsync();
        var first = await service.SignInAsync("eshan.org");
        var second = await service.SignInAsync("eshan.org");

        var responses = await Task.WhenAll(first.CompleteAsync(county, "Approve"), second.CompleteAsync(county, "Reject"));

        var statuses = responses.Select(r => (int)r.StatusCode).Order().ToList();
        Assert.True(statuses.SequenceEqual([200, 409]), $"statuses {string.Join(", ", statuses)}: {string.Join(" | ", await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync())))}");
        var winner = responses.Single(r => r.StatusCode == HttpStatusCode.OK) == responses[0] ? "Approve" : "Reject";
        Assert.Equal(winner, service.Db(db => db.Tasks.Single(t => t.Id == county).Outcome));
        Assert.Equal(1, service.Db(db => db.TaskHistory.Count(h => h.TaskId == county && h.Action == TaskAction.Completed)));
        // Reject finishes the case at once; Approve waits for unit HR.
        Assert.Equal(winner == "Reject" ? WorkflowStatus.Finished : WorkflowStatus.Waiting, service.Db(db => db.Instances.Single(i => i.Id == instance).Status));
    }

    [Fact]
    public async Task Claim_TakesTheTask_AColleagueGets409_UntilReleased()
    {
        var (_, county, _) = await service.StartLongLeaveAsync();
        var colleagueName = await service.CreateOfficialAsync("CountyOrganization", TaskScenario.Eshan, "eshan.second.");
        var eshan = await service.SignInAsync("eshan.org");
        var colleague = await service.SignInAsync(colleagueName);

        var claimed = await (await eshan.PostAsync($"/api/tasks/{county}/claim")).JsonAsync();
        Assert.Equal("eshan.org", (string?)claimed["assignee"]);
        Assert.Equal(service.Clock.GetUtcNow(), service.Db(db => db.Tasks.Single(t => t.Id == county).ClaimedAt));
        var refused = await (await colleague.PostAsync($"/api/tasks/{county}/claim")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.StartsWith("任务已被他人认领", (string?)refused["detail"], StringComparison.Ordinal);
        await (await colleague.CompleteAsync(county)).ProblemAsync(HttpStatusCode.Conflict);
        await (await colleague.PostAsync($"/api/tasks/{county}/release")).ProblemAsync(HttpStatusCode.Conflict);

        var released = await (await eshan.PostAsync($"/api/tasks/{county}/release")).JsonAsync();
        Assert.Null((string?)released["assignee"]);
        var taken = await (await colleague.PostAsync($"/api/tasks/{county}/claim")).JsonAsync();
        Assert.Equal(colleagueName, (string?)taken["assignee"]);
        Assert.Equal(
            [TaskAction.Created, TaskAction.Claimed, TaskAction.Released, TaskAction.Claimed],
            service.Db(db => db.TaskHistory.Where(h => h.TaskId == county).OrderBy(h => h.Id).Select(h => h.Action).ToList()));
    }

    [Fact]
    public async Task TwoClaimsAtOnce_OneOfficialGetsTheTask_TheOtherIs409()
    {
        var (_, county, _) = await service.StartLongLeaveAsync();
        var colleagueName = await service.CreateOfficialAsync("CountyOrganization", TaskScenario.Eshan, "eshan.racer.");
        var eshan = await service.SignInAsync("eshan.org");
        var colleague = await service.SignInAsync(colleagueName);

        var responses = await Task.WhenAll(eshan.PostAsync($"/api/tasks/{county}/claim"), colleague.PostAsync($"/api/tasks/{county}/claim"));

        Assert.Equal([200, 409], responses.Select(r => (int)r.StatusCode).Order());
        var winner = responses[0].StatusCode == HttpStatusCode.OK ? "eshan.org" : colleagueName;
        Assert.Equal(winner, service.Db(db => db.Tasks.Single(t => t.Id == county).Assignee));
        Assert.Equal([winner], service.Db(db => db.TaskHistory.Where(h => h.TaskId == county && h.Action == TaskAction.Claimed).Select(h => h.By).ToList()));
    }

    [Fact]
    public async Task Delegate_TheDelegateSeesIt_CannotComplete_Resolves_ThenTheOwnerCompletes()
    {
        var (_, county, _) = await service.StartLongLeaveAsync();
        var eshan = await service.SignInAsync("eshan.org");
        var helper = await service.SignInAsync("eshan.hospital"); // another role: sees the task only as its delegate
        await (await helper.GetAsync($"/api/tasks/{county}")).ProblemAsync(HttpStatusCode.NotFound);

        var delegated = await (await eshan.PostAsync($"/api/tasks/{county}/delegate", new { userName = "eshan.hospital" })).JsonAsync();
        Assert.Equal(("eshan.hospital", "eshan.org", "Pending"), ((string?)delegated["assignee"], (string?)delegated["owner"], (string?)delegated["delegation"]));
        Assert.Contains(county, (await helper.GetJsonAsync("/api/tasks?assignee=me")).Ids());
        var refused = await (await helper.CompleteAsync(county)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("delegated", (string?)refused["detail"], StringComparison.Ordinal);
        await (await eshan.CompleteAsync(county)).ProblemAsync(HttpStatusCode.Conflict);
        await (await helper.PostAsync($"/api/tasks/{county}/comments", new { text = "材料已核实" })).JsonAsync();

        var resolved = await (await helper.PostAsync($"/api/tasks/{county}/resolve")).JsonAsync();
        Assert.Equal(("eshan.org", "Resolved"), ((string?)resolved["assignee"], (string?)resolved["delegation"]));
        await (await helper.GetAsync($"/api/tasks/{county}")).ProblemAsync(HttpStatusCode.NotFound);
        var done = await (await eshan.CompleteAsync(county)).JsonAsync();
        Assert.Equal("Completed", (string?)done["status"]);
        Assert.Equal(
            [TaskAction.Created, TaskAction.Delegated, TaskAction.Commented, TaskAction.Resolved, TaskAction.Completed],
            service.Db(db => db.TaskHistory.Where(h => h.TaskId == county).OrderBy(h => h.Id).Select(h => h.Action).ToList()));
    }

    [Fact]
    public async Task Reassign_ToAnotherCounty_Is422_ToAColleague_GivesThemTheTask()
    {
        var (_, county, _) = await service.StartLongLeaveAsync();
        var colleagueName = await service.CreateOfficialAsync("CountyOrganization", TaskScenario.Eshan, "eshan.third.");
        var eshan = await service.SignInAsync("eshan.org");
        await (await eshan.PostAsync($"/api/tasks/{county}/claim")).JsonAsync();

        var refused = await (await eshan.PostAsync($"/api/tasks/{county}/reassign", new { userName = "tonghai.org" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("tonghai.org does not hold", (string?)refused["detail"], StringComparison.Ordinal);
        await (await eshan.PostAsync($"/api/tasks/{county}/reassign", new { userName = "nobody.here" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await (await service.SignInAsync("tonghai.org")).PostAsync($"/api/tasks/{county}/reassign", new { userName = colleagueName })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("eshan.org", service.Db(db => db.Tasks.Single(t => t.Id == county).Assignee));

        var moved = await (await eshan.PostAsync($"/api/tasks/{county}/reassign", new { userName = colleagueName })).JsonAsync();
        Assert.Equal(colleagueName, (string?)moved["assignee"]);
        await (await eshan.CompleteAsync(county)).ProblemAsync(HttpStatusCode.Conflict);
        var history = service.Db(db => db.TaskHistory.Where(h => h.TaskId == county && h.Action == TaskAction.Reassigned).Single());
        Assert.Equal(("eshan.org", $"eshan.org → {colleagueName}"), (history.By, history.Detail));

        var admin = await service.SignInAsync("admin");
        var back = await (await admin.PostAsync($"/api/tasks/{county}/reassign", new { userName = "eshan.org" })).JsonAsync();
        Assert.Equal("eshan.org", (string?)back["assignee"]);
    }

    [Fact]
    public async Task Details_ShowComments_AndTheFullHistoryInOrder_AndTheCase()
    {
        var traineeName = TaskScenario.Unique("王");
        var (instance, county, _) = await service.StartLongLeaveAsync(traineeName: traineeName);
        var eshan = await service.SignInAsync("eshan.org");
        await (await eshan.PostAsync($"/api/tasks/{county}/claim")).JsonAsync();
        await (await eshan.PostAsync($"/api/tasks/{county}/comments", new { text = "请补充医院证明" })).JsonAsync();
        await (await eshan.PatchAsJsonAsync($"/api/tasks/{county}", new { priority = 5 })).JsonAsync();
        service.Clock.Advance(TimeSpan.FromMinutes(5));
        await (await eshan.PostAsync($"/api/tasks/{county}/comments", new { text = "已补充" })).JsonAsync();
        await (await eshan.CompleteAsync(county, "Approve", comment: "同意")).JsonAsync();

        var details = await eshan.GetJsonAsync($"/api/tasks/{county}");
        Assert.Equal(
            ["Created", "Claimed", "Commented", "PriorityChanged", "Commented", "Completed"],
            details["history"]!.AsArray().Select(h => (string?)h!["action"]));
        Assert.Equal(["请补充医院证明", "已补充"], details["comments"]!.AsArray().Select(c => (string?)c!["text"]));
        Assert.Equal(["system", "eshan.org", "eshan.org", "eshan.org", "eshan.org", "eshan.org"], details["history"]!.AsArray().Select(h => (string?)h!["by"]));
        Assert.Equal("Approve: 同意", (string?)details["history"]![5]!["detail"]);
        Assert.Equal(["Approve", "Reject"], details["outcomes"]!.AsArray().Select(o => (string?)o));
        Assert.Equal("comment", (string?)details["form"]![0]!["name"]);
        Assert.Equal(5, (int)details["task"]!["priority"]!);
        Assert.Equal($"审批 {traineeName} 的请假（5 天）", (string?)details["task"]!["title"]);
        Assert.Equal((instance, "talent-leave", "Waiting"), ((string?)details["case"]!["instanceId"], (string?)details["case"]!["definitionId"], (string?)details["case"]!["status"]));
    }

    [Fact]
    public async Task Complete_WithAnUnknownOutcome_OrBadFormData_Is422_AndChangesNothing()
    {
        var (instance, county, _) = await service.StartLongLeaveAsync();
        var eshan = await service.SignInAsync("eshan.org");

        var outcome = await (await eshan.CompleteAsync(county, "Maybe")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("'Maybe' is not one of Approve, Reject", (string?)outcome["detail"], StringComparison.Ordinal);
        var form = await (await eshan.CompleteAsync(county, "Approve", new { comment = 5, days = 3 })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["data.comment", "data.days"], form["problems"]!.AsArray().Select(p => (string?)p!["path"]));

        Assert.Equal(HumanTaskStatus.Open, service.Db(db => db.Tasks.Single(t => t.Id == county).Status));
        Assert.Equal(WorkflowStatus.Waiting, service.Db(db => db.Instances.Single(i => i.Id == instance).Status));
        Assert.Equal(1, service.Db(db => db.TaskHistory.Count(h => h.TaskId == county)));
    }
}

public sealed class TaskActionFactsOnSqlite(SqliteServiceFixture service) : TaskActionFacts<SqliteServiceFixture>(service);

public sealed class TaskActionFactsOnPostgreSql(PostgreSqlServiceFixture service) : TaskActionFacts<PostgreSqlServiceFixture>(service);
