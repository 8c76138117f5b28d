using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Mail;
using WorkflowTalent.Server.Background;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Background;

/// <summary>Hangfire's registration, its dashboard and the outbox API: what administrators see, and only they.</summary>
public abstract class BackgroundEndpointsFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    [Fact]
    public void RecurringJobs_AreRegisteredWithTheirCronAndTimeZone_EvenWithoutAServer()
    {
        using var connection = service.Factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs().ToDictionary(j => j.Id);

        Assert.Equal(
            [("daily-digest", "0 8 * * *"), ("mail-dispatch", "*/15 * * * * *"), ("task-reminders", "*/15 * * * *"), ("timer-sweep", "*/10 * * * * *")],
            jobs.Values.Select(j => (j.Id, j.Cron)).OrderBy(j => j.Id, StringComparer.Ordinal));
        Assert.All(jobs.Values, j => Assert.Equal("Asia/Shanghai", j.TimeZoneId));
        Assert.Equal(typeof(TimerSweepJob), jobs["timer-sweep"].Job.Type);
        Assert.Equal(nameof(TimerSweepJob.RunAsync), jobs["timer-sweep"].Job.Method.Name);
        Assert.Equal(typeof(DailyDigestJob), jobs["daily-digest"].Job.Type);
        // No server runs in the tests, so nothing runs on its own.
        Assert.Empty(service.Factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<BackgroundJobServerHostedService>());
    }

    [Fact]
    public async Task Dashboard_WithoutSignIn_Is401()
    {
        var response = await service.Anonymous().GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_ForAnOfficialWithABearerToken_Is403()
    {
        var response = await (await service.SignInAsync("eshan.org")).GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_ForAnOfficialWithACookie_Is403()
    {
        var response = await (await CookieClientAsync("city.org")).GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_ForAnAdministratorWithACookie_ShowsTheRecurringJobs()
    {
        var client = await CookieClientAsync("admin");
        var response = await client.GetAsync("/hangfire/recurring");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("timer-sweep", page, StringComparison.Ordinal);
        Assert.Contains("daily-digest", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_ForAnOfficial_Is403()
    {
        var response = await (await service.SignInAsync("eshan.org")).GetAsync("/api/outbox");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Outbox_ListsFailedMails_AndResendPutsOneBackInTheQueue()
    {
        var id = $"failed-{Guid.NewGuid():N}";
        await service.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<WorkflowDbContext>();
            db.OutboxMails.Add(new OutboxMail
            {
                Id = id, InstanceId = "i1", To = "a@yuxi.example", Subject = "测试", Body = "<p>测试</p>", Status = OutboxMailStatus.Failed,
                Attempts = 6, LastError = "Connection refused", CreatedAt = service.Clock.GetUtcNow(),
            });
            return db.SaveChangesAsync();
        });
        var admin = await service.SignInAsync("admin");

        var failed = JsonNode.Parse(await admin.GetStringAsync("/api/outbox?status=Failed"))!.AsArray();
        var listed = Assert.Single(failed, m => (string?)m!["id"] == id)!;
        Assert.Equal(("Failed", 6, "Connection refused"), ((string?)listed["status"], (int)listed["attempts"]!, (string?)listed["lastError"]));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/outbox/{id}/resend", null)).StatusCode);
        var mail = service.Db(db => db.OutboxMails.Single(m => m.Id == id));
        Assert.Equal((OutboxMailStatus.Pending, 0), (mail.Status, mail.Attempts));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/outbox/{id}/resend", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/outbox/no-such-mail/resend", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/outbox?status=Lost")).StatusCode);
    }

    // The browser's way in: the sign-in cookie. Sent by hand: a cookie container would drop it as expired, since the
    // service's clock (fake, in 2026-09) dates its expiry before the real now.
    private async Task<HttpClient> CookieClientAsync(string userName)
    {
        var client = service.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var response = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { userName, password = ServiceFixture.DemoPassword });
        response.EnsureSuccessStatusCode();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("wt.auth=", StringComparison.Ordinal));
        client.DefaultRequestHeaders.Add("Cookie", cookie[..cookie.IndexOf(';', StringComparison.Ordinal)]);
        return client;
    }
}

public sealed class BackgroundEndpointsFactsOnSqlite(SqliteServiceFixture service) : BackgroundEndpointsFacts<SqliteServiceFixture>(service);

public sealed class BackgroundEndpointsFactsOnPostgreSql(PostgreSqlServiceFixture service) : BackgroundEndpointsFacts<PostgreSqlServiceFixture>(service);
