using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Persistence.Timers;
using WorkflowTalent.Server.Tests.Support;
using WorkflowTalent.Testing;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Tests.Processes;

/// <summary>
/// Two service processes on one PostgreSQL database (Hangfire's storage in the same database): the same task
/// completed on both at the same moment succeeds once and is 409 on the other; timers fire once across both.
/// </summary>
public sealed class TwoHostsFacts : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"wt-twohosts-{Guid.NewGuid():N}");
    private string _connectionString = "";
    private ServerProcess? _a;
    private ServerProcess? _b;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        File.Copy(Path.Combine(TestPaths.Workflows, "talent-leave.json"), Path.Combine(_folder, "talent-leave.json"));
        File.Copy(Path.Combine(TestPaths.RepoRoot, "tests", "WorkflowTalent.Server.Tests", "Processes", "Workflows", "durability-timer.json"),
            Path.Combine(_folder, "durability-timer.json"));
        _connectionString = await SharedPostgres.CreateDatabaseAsync("twohosts");
        // One after the other: the first migrates and imports, the second finds it done.
        _a = await ServerProcess.StartAsync(Settings());
        _b = await ServerProcess.StartAsync(Settings());
    }

    public async Task DisposeAsync()
    {
        if (_a is not null)
            await _a.DisposeAsync();
        if (_b is not null)
            await _b.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task TheSameTask_CompletedOnBothHostsAtOnce_SucceedsOnce_TheOtherIs409()
    {
        using var trainee = await _a!.SignInAsync("trainee.li");
        var started = await trainee.PostAsJsonAsync("/api/instances", new { definitionId = "talent-leave", input = LeaveInputs.ShortLeave() });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var instanceId = (string)JsonNode.Parse(await started.Content.ReadAsStringAsync())!["id"]!;
        string taskId;
        using (var db = Context())
            taskId = db.Tasks.AsNoTracking().Single(t => t.InstanceId == instanceId && t.Status == HumanTaskStatus.Open).Id;

        using var onA = await _a.SignInAsync("hospital.unit");
        using var onB = await _b!.SignInAsync("hospital.unit");
        var answers = await Task.WhenAll(
            onA.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Approve", comment = "A" }),
            onB.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Reject", comment = "B" }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var conflict = answers.Single(a => a.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType?.MediaType);
        using var check = Context();
        var task = check.Tasks.AsNoTracking().Single(t => t.Id == taskId);
        var winner = answers[0].StatusCode == HttpStatusCode.OK ? ("Approve", "A") : ("Reject", "B");
        Assert.Equal((HumanTaskStatus.Completed, winner.Item1, winner.Item2), (task.Status, task.Outcome, task.Comment));
        Assert.Single(check.TaskHistory.Where(h => h.TaskId == taskId), h => h.Action == TaskAction.Completed);
        Assert.Single(check.Journal.Where(j => j.InstanceId == instanceId), j => j.Event == JournalEvents.TaskCompleted);
    }

    [Fact]
    public async Task Timers_FallingDueWhileBothHostsRun_FireOnceEach()
    {
        using var trainee = await _a!.SignInAsync("trainee.li");
        var ids = new List<string>();
        foreach (var client in new[] { trainee, await _b!.SignInAsync("trainee.he") })
            for (var i = 0; i < 10; i++)
            {
                var started = await client.PostAsJsonAsync("/api/instances", new { definitionId = "durability-timer", input = new JsonObject() });
                Assert.Equal(HttpStatusCode.Created, started.StatusCode);
                ids.Add((string)JsonNode.Parse(await started.Content.ReadAsStringAsync())!["id"]!);
            }

        var clock = Stopwatch.StartNew();
        while (Finished(ids) < ids.Count && clock.Elapsed < TimeSpan.FromSeconds(60))
            await Task.Delay(250); // polls the database; the real processes fire real 3-second timers

        Assert.Equal(ids.Count, Finished(ids));
        using var check = Context();
        foreach (var id in ids)
            Assert.Single(check.Journal.Where(j => j.InstanceId == id), j => j.Event == JournalEvents.TimerFired);
        Assert.All(check.Timers.AsNoTracking().Where(t => ids.Contains(t.InstanceId)), t => Assert.Equal(TimerState.Fired, t.State));
        Assert.Equal(ids.Count, check.OutboxMails.Count(m => ids.Contains(m.InstanceId!)));
    }

    private int Finished(List<string> ids)
    {
        using var db = Context();
        return db.Instances.Count(i => ids.Contains(i.Id) && i.Status == WorkflowStatus.Finished);
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["Database:Provider"] = DatabaseProvider.PostgreSql,
        ["Database:ConnectionString"] = _connectionString,
        ["DemoUsers:Seed"] = "true",
        ["Workflows:ImportFolder"] = _folder,
        ["Mail:PickupDirectory"] = Path.Combine(_folder, "pickup"),
        ["Background:PollInterval"] = "00:00:01",
        ["Background:TimerSweepCron"] = "* * * * * *",
        ["Background:MailDispatchCron"] = "* * * * * *",
    };

    private WorkflowDbContext Context() => new(WorkflowDbOptions.Create(DatabaseProvider.PostgreSql, _connectionString));
}
