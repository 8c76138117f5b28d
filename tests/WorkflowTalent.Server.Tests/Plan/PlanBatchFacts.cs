using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Plan;

/// <summary>Yearly batches: opened from the settings in force, one a year, moved through their lifecycle by the plan's managers.</summary>
public abstract class PlanBatchFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    [Fact]
    public async Task Create_TakesTheDefaults_HundredPlacesSixMonths_R3_1_R3_3()
    {
        var response = await (await service.SignInAsync("admin")).PostAsJsonAsync("/api/plan/batches", new { year = 2026 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/plan/batches/2026", response.Headers.Location?.OriginalString);
        var batch = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((100, 6, "Planning", "admin"), ((int)batch["totalPlaces"]!, (int)batch["trainingMonths"]!, (string?)batch["state"], (string?)batch["createdBy"]));
        Assert.Equal(("2026-09-01", "2027-02-28"), ((string?)batch["trainingStart"], (string?)batch["trainingEnd"]));
        Assert.Equal(["Recruiting"], batch["nextStates"]!.AsArray().Select(s => (string?)s));
    }

    [Fact]
    public async Task Create_ReportInClosesAt31AugustMidnightInShanghai_InUtc_R6_5()
    {
        var response = await (await service.SignInAsync("city.org")).PostAsJsonAsync("/api/plan/batches", new { year = 2027 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var batch = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("2027-08-30", (string?)batch["reportInDeadline"]);
        Assert.Equal(new DateTimeOffset(2027, 8, 30, 16, 0, 0, TimeSpan.Zero), DateTimeOffset.Parse((string)batch["reportInClosesUtc"]!, CultureInfo.InvariantCulture));
        Assert.Equal(["2027-08-23", "2027-08-29"], batch["reportInReminderDates"]!.AsArray().Select(d => (string?)d));
        var stored = service.Db(db => db.PlanBatches.Single(b => b.Year == 2027));
        Assert.Equal(new DateTimeOffset(2027, 8, 30, 16, 0, 0, TimeSpan.Zero), stored.ReportInClosesUtc);
        Assert.Equal(TimeSpan.Zero, stored.ReportInClosesUtc.Offset);
    }

    [Theory]
    [InlineData(2018)]
    [InlineData(2015)]
    public async Task Create_BeforeTheRulesTookEffect_Is422_R17_1(int year)
    {
        var response = await (await service.SignInAsync("admin")).PostAsJsonAsync("/api/plan/batches", new { year });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["problems"]!.AsArray())!;
        Assert.Equal(("year", "R17.1"), ((string?)problem["path"], (string?)problem["ruleId"]));
        Assert.False(service.Db(db => db.PlanBatches.Any(b => b.Year == year)));
    }

    [Fact]
    public async Task Create_TheSameYearTwice_Is409_R3_1()
    {
        var admin = await service.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/plan/batches", new { year = 2028 })).StatusCode);

        var again = await admin.PostAsJsonAsync("/api/plan/batches", new { year = 2028 });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1, service.Db(db => db.PlanBatches.Count(b => b.Year == 2028)));
    }

    [Fact]
    public async Task Create_ByACountyOfficial_Is403()
    {
        var response = await (await service.SignInAsync("eshan.org")).PostAsJsonAsync("/api/plan/batches", new { year = 2029 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(service.Db(db => db.PlanBatches.Any(b => b.Year == 2029)));
    }

    [Fact]
    public async Task Move_FollowsTheLifecycle_AndRefusesASkip_With409AndTheAllowedStates_R6_1_R6_5()
    {
        var manager = await service.SignInAsync("city.org");
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/plan/batches", new { year = 2030 })).StatusCode);

        var skip = await manager.PostAsJsonAsync("/api/plan/batches/2030/state", new { state = "Training" });
        var recruit = await manager.PostAsJsonAsync("/api/plan/batches/2030/state", new { state = "recruiting" });
        var unknown = await manager.PostAsJsonAsync("/api/plan/batches/2030/state", new { state = "Done" });

        Assert.Equal(HttpStatusCode.Conflict, skip.StatusCode);
        var problem = JsonNode.Parse(await skip.Content.ReadAsStringAsync())!;
        Assert.Equal(("R6.5", "Planning"), ((string?)problem["ruleId"], (string?)problem["state"]));
        Assert.Equal(["Recruiting"], problem["allowed"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(HttpStatusCode.OK, recruit.StatusCode);
        Assert.Equal("Recruiting", (string?)JsonNode.Parse(await recruit.Content.ReadAsStringAsync())!["state"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        var batch = JsonNode.Parse(await (await service.SignInAsync("tonghai.org")).GetStringAsync("/api/plan/batches/2030"))!;
        Assert.Equal(("Recruiting", "city.org"), ((string?)batch["state"], (string?)batch["updatedBy"]));
    }

    [Fact]
    public async Task Get_AnUnknownYear_Is404_AndTheListIsNewestFirst()
    {
        var admin = await service.SignInAsync("admin");
        await admin.PostAsJsonAsync("/api/plan/batches", new { year = 2031 });
        await admin.PostAsJsonAsync("/api/plan/batches", new { year = 2032 });

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/plan/batches/2099")).StatusCode);
        var years = JsonNode.Parse(await admin.GetStringAsync("/api/plan/batches"))!.AsArray().Select(b => (int)b!["year"]!).ToList();
        Assert.Equal(years.OrderDescending(), years);
        Assert.Contains(2032, years);
    }
}

public sealed class PlanBatchFactsOnSqlite(SqliteServiceFixture service) : PlanBatchFacts<SqliteServiceFixture>(service);

public sealed class PlanBatchFactsOnPostgreSql(PostgreSqlServiceFixture service) : PlanBatchFacts<PostgreSqlServiceFixture>(service);
