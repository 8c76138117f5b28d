using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Persistence.Timers;
using WorkflowTalent.Server.Background;
using WorkflowTalent.Server.Tests.Background;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Scenario;

/// <summary>
/// Drives the plan through the service's API the way its officials and trainees would: each one signs in and acts
/// on their own tasks; time moves on the service's fake clock, and the timer sweep runs as Hangfire would run it.
/// Which task to act on is looked up in the database (a person would find it in their inbox); acting is always an
/// API call, so access rules, form validation and the one-transaction step are all exercised.
/// </summary>
internal sealed class PlanYear(PlanYearServiceFixture service)
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private readonly Dictionary<string, HttpClient> _signedIn = new(StringComparer.Ordinal);

    public PlanYearServiceFixture Service => service;

    public static DateTimeOffset At(int year, int month, int day, int hour = 9, int minute = 0) => new(year, month, day, hour, minute, 0, Shanghai);

    /// <summary>A client signed in as <paramref name="userName"/>; tokens live an hour of the fake clock, so moving time signs everyone in again.</summary>
    public async Task<HttpClient> As(string userName)
    {
        if (!_signedIn.TryGetValue(userName, out var client))
            _signedIn[userName] = client = await service.SignInAsync(userName);
        return client;
    }

    public async Task<JsonObject> PostAsync(string userName, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await (await As(userName)).PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"POST {path} as {userName}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? [] : JsonNode.Parse(text) as JsonObject ?? [];
    }

    public async Task<JsonNode> GetAsync(string userName, string path)
    {
        var response = await (await As(userName)).GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} as {userName}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Completes the open task of <paramref name="activity"/> in the application's cases, as <paramref name="userName"/>.</summary>
    public async Task CompleteAsync(string applicationId, string activity, string userName, string outcome, object? data = null, string? comment = null)
    {
        var taskId = OpenTask(applicationId, activity)
            ?? throw new InvalidOperationException($"no open task {activity} for application {applicationId}; open: {string.Join(", ", OpenTasks(applicationId))}; {Cases(applicationId)}");
        await PostAsync(userName, $"/api/tasks/{taskId}/complete", new { outcome, data, comment });
    }

    /// <summary>
    /// Attaches a file (R14.1's registration form) as <paramref name="userName"/> to the case whose open task is
    /// <paramref name="activity"/>; answers the file's id, which the task's form then names.
    /// </summary>
    public async Task<string> UploadAsync(string applicationId, string activity, string userName, string fileName)
    {
        var taskId = OpenTask(applicationId, activity) ?? throw new InvalidOperationException($"no open task {activity} for application {applicationId}");
        var instanceId = service.Db(db => db.Tasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => t.InstanceId).Single());
        return await (await As(userName)).UploadIdAsync(instanceId, fileName);
    }

    public string? OpenTask(string applicationId, string activity) => service.Db(db =>
        db.Tasks.AsNoTracking()
            .Where(t => t.Status == HumanTaskStatus.Open && t.ActivityId == activity
                && db.Instances.Any(i => i.Id == t.InstanceId && i.CorrelationId == applicationId))
            .Select(t => t.Id)
            .SingleOrDefault());

    public List<string> OpenTasks(string applicationId) => service.Db(db =>
        db.Tasks.AsNoTracking()
            .Where(t => t.Status == HumanTaskStatus.Open && db.Instances.Any(i => i.Id == t.InstanceId && i.CorrelationId == applicationId))
            .Select(t => t.ActivityId)
            .ToList());

    // What a failed lookup reports: the application's instances and their pending timers.
    private string Cases(string applicationId) => service.Db(db => string.Join("; ",
        db.Instances.AsNoTracking().Where(i => i.CorrelationId == applicationId).AsEnumerable().Select(i =>
            $"{i.DefinitionId} {i.Status} timers [{string.Join(", ", db.Timers.AsNoTracking().Where(t => t.InstanceId == i.Id).AsEnumerable().Select(t => $"{t.Id} {t.State} {t.Due:O}"))}]")));

    /// <summary>
    /// Moves the clock to <paramref name="time"/>, stopping at each timer due on the way and sweeping there, as the
    /// recurring sweep (every minute) would: a reminder fires on its day, and what it schedules next is not yet past.
    /// </summary>
    public async Task AdvanceToAsync(DateTimeOffset time)
    {
        while (NextDue() is { } due && due <= time)
        {
            if (due > service.Clock.GetUtcNow())
                service.Clock.SetUtcNow(due);
            await SweepAsync();
        }

        service.Clock.SetUtcNow(time);
        await SweepAsync();
        foreach (var client in _signedIn.Values)
            client.Dispose();
        _signedIn.Clear();
    }

    /// <summary>Moves the clock to the next timer due and fires it (and whatever falls due with it).</summary>
    public async Task AdvanceToNextTimerAsync() =>
        await AdvanceToAsync(NextDue() ?? throw new InvalidOperationException("no timer is pending"));

    private DateTimeOffset? NextDue() => service.Db(db =>
        db.Timers.AsNoTracking().Where(t => t.State == TimerState.Pending).OrderBy(t => t.Due).Select(t => (DateTimeOffset?)t.Due).FirstOrDefault());

    private async Task SweepAsync()
    {
        while (await service.RunAsync<TimerSweepJob>(job => job.RunAsync()) > 0)
        {
        }
    }

    public async Task<string> StatusOfAsync(string applicationId) =>
        (string)(await GetAsync("city.org", $"/api/plan/applications/{applicationId}"))["status"]!;
}
