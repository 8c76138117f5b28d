using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Persistence.Mail;
using WorkflowTalent.Persistence.Timers;
using WorkflowTalent.Server.Tests.Support;
using WorkflowTalent.Testing;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Tests.Processes;

/// <summary>
/// Issue #4's durability promise, on a real process and a real SMTP server: kill -9 the service while tasks are being
/// completed, timers fall due and mails wait in the outbox; start it again on the same database; every task, timer
/// and mail is there and done exactly once.
/// </summary>
public sealed class DurabilityFacts : IAsyncLifetime
{
    private const int Leaves = 12;
    private const int Timers = 12;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"wt-durability-{Guid.NewGuid():N}");
    private SmtpServer? _smtp;

    private string Database => Path.Combine(_folder, "workflowtalent.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "workflows"));
        File.Copy(Path.Combine(TestPaths.Workflows, "talent-leave.json"), Path.Combine(_folder, "workflows", "talent-leave.json"));
        File.Copy(Path.Combine(TestPaths.RepoRoot, "tests", "WorkflowTalent.Server.Tests", "Processes", "Workflows", "durability-timer.json"),
            Path.Combine(_folder, "workflows", "durability-timer.json"));
        _smtp = await SmtpServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_smtp is not null)
            await _smtp.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task KillNine_InTheMiddleOfWork_ThenRestart_EveryTaskTimerAndMail_IsDoneExactlyOnce()
    {
        var first = await StartServiceAsync();
        List<string> leaveIds;
        List<string> timerIds;
        List<(string TaskId, Task<HttpResponseMessage> Response)> completions;
        try
        {
            using var trainee = await first.SignInAsync("trainee.li");
            leaveIds = [.. await Task.WhenAll(Enumerable.Range(0, Leaves).Select(i => StartAsync(trainee, "talent-leave", LeaveInputs.ShortLeave($"李明{i}", $"trainee{i}@yuxi.example"))))];
            timerIds = [.. await Task.WhenAll(Enumerable.Range(0, Timers).Select(_ => StartAsync(trainee, "durability-timer", new JsonObject())))];

            using var unit = await first.SignInAsync("hospital.unit");
            var tasks = OpenTasks(leaveIds);
            Assert.Equal(Leaves, tasks.Count);
            // R15.1: leave of up to 3 days is decided by the receiving unit; all twelve approvals go at once.
            completions = [.. tasks.Select(t => (t.Id, unit.PostAsJsonAsync($"/api/tasks/{t.Id}/complete", new { outcome = "Approve", comment = "同意" })))];
            await WhenSomeAsync([.. completions.Select(c => c.Response)], count: Leaves / 3);
        }
        finally
        {
            await first.KillHardAsync();
        }

        var firstOutput = first.Output;
        await first.DisposeAsync();

        var acknowledged = completions.Where(c => c.Response.IsCompletedSuccessfully && c.Response.Result.StatusCode == HttpStatusCode.OK).Select(c => c.TaskId).ToHashSet();

        await using var second = await StartServiceAsync();
        using (var unit = await second.SignInAsync("hospital.unit"))
        {
            foreach (var (taskId, _) in completions.Where(c => !acknowledged.Contains(c.TaskId)))
            {
                var retry = await unit.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Approve", comment = "同意" });
                // Done before the crash (409, already completed) or not at all (200 now): never lost, never a fault.
                Assert.True(retry.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{taskId}: {(int)retry.StatusCode} {await retry.Content.ReadAsStringAsync()}");
            }
        }

        await WaitUntilAsync(db =>
            db.Instances.Count(i => i.Status == WorkflowStatus.Finished) == Leaves + Timers
            && !db.OutboxMails.Any(m => m.Status != OutboxMailStatus.Sent), second);

        using var check = Context();
        var all = leaveIds.Concat(timerIds).ToList();
        foreach (var instanceId in all)
        {
            var journal = check.Journal.Where(j => j.InstanceId == instanceId).Select(j => j.Event).ToList();
            Assert.Single(journal, e => e == JournalEvents.Finished);
            Assert.Equal(journal.Count(e => e == JournalEvents.EmailQueued), check.OutboxMails.Count(m => m.InstanceId == instanceId));
        }

        foreach (var instanceId in timerIds)
            Assert.Single(check.Journal.Where(j => j.InstanceId == instanceId), j => j.Event == JournalEvents.TimerFired);
        Assert.All(check.Timers.Where(t => timerIds.Contains(t.InstanceId)), t => Assert.Equal(TimerState.Fired, t.State));

        foreach (var task in check.Tasks.Where(t => leaveIds.Contains(t.InstanceId)))
        {
            Assert.Equal(HumanTaskStatus.Completed, task.Status);
            Assert.Single(check.TaskHistory.Where(h => h.TaskId == task.Id), h => h.Action == TaskAction.Completed);
        }

        // Every outbox mail reached the SMTP server; a stable Message-Id makes the one possibly in flight at the
        // kill recognisable if it was sent twice.
        var outbox = check.OutboxMails.Where(m => all.Contains(m.InstanceId!)).Select(m => m.Id).ToList();
        var received = await _smtp!.WaitForMessagesAsync(outbox.Count, TimeSpan.FromSeconds(30));
        var messageIds = received.Select(m => m.MessageId).ToList();
        Assert.Equal(outbox.Select(id => $"{id}@workflowtalent").Order(StringComparer.Ordinal), messageIds.Distinct().Order(StringComparer.Ordinal));
        Assert.True(messageIds.Count - messageIds.Distinct().Count() <= 1, $"{messageIds.Count - messageIds.Distinct().Count()} mails were delivered twice");

        // Personal data stays out of the logs of both runs.
        foreach (var output in new[] { firstOutput, second.Output })
            Assert.DoesNotContain("trainee0@yuxi.example", output, StringComparison.Ordinal);
    }

    private Task<ServerProcess> StartServiceAsync() =>
        ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database:ConnectionString"] = $"Data Source={Database}",
            ["DemoUsers:Seed"] = "true",
            ["Workflows:ImportFolder"] = Path.Combine(_folder, "workflows"),
            ["Mail:SmtpHost"] = _smtp!.Host,
            ["Mail:SmtpPort"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Security"] = "None",
            ["Background:PollInterval"] = "00:00:01",
            ["Background:TimerSweepCron"] = "* * * * * *",
            ["Background:MailDispatchCron"] = "* * * * * *",
        });

    private static async Task<string> StartAsync(HttpClient client, string definitionId, JsonObject input)
    {
        var response = await client.PostAsJsonAsync("/api/instances", new { definitionId, input });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!;
    }

    private List<TaskRecord> OpenTasks(List<string> instanceIds)
    {
        using var db = Context();
        return [.. db.Tasks.AsNoTracking().Where(t => instanceIds.Contains(t.InstanceId) && t.Status == HumanTaskStatus.Open)];
    }

    private static async Task WhenSomeAsync(IReadOnlyList<Task> tasks, int count)
    {
        var pending = tasks.ToList();
        for (var done = 0; done < count && pending.Count > 0; done++)
            pending.Remove(await Task.WhenAny(pending));
    }

    private async Task WaitUntilAsync(Func<WorkflowDbContext, bool> condition, ServerProcess server)
    {
        // The real process fires real timers and sends real mail; this polls its database, it does not time anything.
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            using (var db = Context())
                if (condition(db))
                    return;
            await Task.Delay(250);
        }

        throw new TimeoutException($"the restarted service did not finish the work in time:\n{server.Output}");
    }

    private WorkflowDbContext Context() => new(WorkflowDbOptions.Create(DatabaseProvider.Sqlite, $"Data Source={Database}"));
}
