using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Plan;

/// <summary>The settings the rules leave open: defaults seeded, visible to officials, edited by administrators with a history.</summary>
public abstract class PlanSettingsFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    [Fact]
    public async Task Settings_AreSeededWithTheDefaults_R3_1_R3_3_R6_5_R11_1()
    {
        var view = JsonNode.Parse(await (await service.SignInAsync("tonghai.org")).GetStringAsync("/api/plan/settings"))!;
        var history = JsonNode.Parse(await (await service.SignInAsync("tonghai.org")).GetStringAsync("/api/plan/settings/history"))!.AsArray();

        var settings = view["settings"]!;
        Assert.Equal((100, 6, 8, 30), ((int)settings["totalPlaces"]!, (int)settings["trainingMonths"]!, (int)settings["reportInDeadlineMonth"]!, (int)settings["reportInDeadlineDay"]!));
        Assert.Equal(("Asia/Shanghai", "2019-07-01", "JuniorCollege"), ((string?)settings["timeZoneId"], (string?)settings["effectiveDate"], (string?)settings["minimumEducation"]));
        Assert.Equal(10000m, (decimal)settings["fundingPerTraineeYuan"]!);
        Assert.Equal(0.1m, (decimal)settings["quota"]!["ethnicTiltShare"]!);
        var seed = history[^1]!;
        Assert.Equal((1, "seed"), ((int)seed["revision"]!, (string?)seed["updatedBy"]));
    }

    [Fact]
    public async Task Update_ChangesTheNamedSettingsOnly_AndKeepsEachRevisionInTheHistory_R3_4()
    {
        var admin = await service.SignInAsync("admin");
        var before = JsonNode.Parse(await admin.GetStringAsync("/api/plan/settings"))!;

        var response = await admin.PutAsJsonAsync("/api/plan/settings", new { totalPlaces = 80, quota = new { ethnicTiltShare = 0.2m } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = JsonNode.Parse(await admin.GetStringAsync("/api/plan/settings"))!;
        Assert.Equal((int)before["revision"]! + 1, (int)after["revision"]!);
        Assert.Equal("admin", (string?)after["updatedBy"]);
        Assert.Equal(ServiceFixture.Start, DateTimeOffset.Parse((string)after["updatedAt"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((80, 0.2m, 0.1m, 35), ((int)after["settings"]!["totalPlaces"]!, (decimal)after["settings"]!["quota"]!["ethnicTiltShare"]!,
            (decimal)after["settings"]!["quota"]!["remoteTiltShare"]!, (int)after["settings"]!["ageLimit"]!));
        var history = JsonNode.Parse(await admin.GetStringAsync("/api/plan/settings/history"))!.AsArray();
        Assert.Equal((int)after["revision"]!, (int)history[0]!["revision"]!);
        Assert.Equal(80, (int)history[0]!["settings"]!["totalPlaces"]!);
        Assert.Equal((int)before["settings"]!["totalPlaces"]!, (int)history[1]!["settings"]!["totalPlaces"]!);

        // Back to the default, so the other facts of this class see it.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/plan/settings", new { totalPlaces = 100, quota = new { ethnicTiltShare = 0.1m } })).StatusCode);
    }

    [Fact]
    public async Task Update_WithInvalidSettings_Is422NamingEachSetting_AndStoresNothing_R3_1_R5_1_R3_4()
    {
        var admin = await service.SignInAsync("admin");
        var before = JsonNode.Parse(await admin.GetStringAsync("/api/plan/settings"))!;

        var response = await admin.PutAsJsonAsync("/api/plan/settings", new
        {
            totalPlaces = 101, ageLimit = 10, quota = new { ethnicTiltShare = 0.8m, remoteTiltShare = 0.5m },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problems = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["problems"]!.AsArray();
        Assert.Equal(
            [("TotalPlaces", "R3.1"), ("AgeLimit", "R5.1"), ("Quota.EthnicTiltShare+RemoteTiltShare", "R3.4")],
            problems.Select(p => ((string?)p!["path"], (string?)p!["ruleId"])));
        Assert.All(problems, p => Assert.StartsWith("设置 ", (string?)p!["message"], StringComparison.Ordinal));
        Assert.Equal((int)before["revision"]!, (int)JsonNode.Parse(await admin.GetStringAsync("/api/plan/settings"))!["revision"]!);
    }

    [Theory]
    [InlineData("""{ "totalPlaces": "many" }""", "TotalPlaces")]
    [InlineData("""{ "totalPlace": 90 }""", "TotalPlace")]
    [InlineData("""{ "quota": { "ethnicTiltShare": null } }""", "Quota.EthnicTiltShare")]
    [InlineData("""{ "quota": { "baseWeights": { "昆明市": 2 } } }""", "Quota.BaseWeights[昆明市]")]
    [InlineData("""{ "revision": "latest" }""", "revision")]
    public async Task Update_WithAMistypedOrUnknownSetting_Is422AtItsPath(string body, string path)
    {
        var admin = await service.SignInAsync("admin");

        var response = await admin.PutAsync("/api/plan/settings", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problems = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["problems"]!.AsArray();
        Assert.Equal(path, (string?)Assert.Single(problems)!["path"]);
    }

    [Fact]
    public async Task Update_WithAStaleRevision_Is409()
    {
        var admin = await service.SignInAsync("admin");
        var current = (int)JsonNode.Parse(await admin.GetStringAsync("/api/plan/settings"))!["revision"]!;

        var response = await admin.PutAsJsonAsync("/api/plan/settings", new { revision = current - 1, ageLimit = 36 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(current, (int)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["revision"]!);
        Assert.Equal(35, (int)JsonNode.Parse(await admin.GetStringAsync("/api/plan/settings"))!["settings"]!["ageLimit"]!);
    }

    [Theory]
    [InlineData("eshan.org")]
    [InlineData("city.org")]
    public async Task Update_ByAnOfficial_Is403_AndReadingIsAllowed(string official)
    {
        var client = await service.SignInAsync(official);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync("/api/plan/settings", new { totalPlaces = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/plan/settings")).StatusCode);
        Assert.Equal(100, (int)JsonNode.Parse(await client.GetStringAsync("/api/plan/settings"))!["settings"]!["totalPlaces"]!);
    }

    [Fact]
    public async Task Settings_ForATraineeOrAnonymous_Are403Or401()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await (await service.SignInAsync("trainee.he")).GetAsync("/api/plan/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Anonymous().GetAsync("/api/plan/settings")).StatusCode);
    }
}

public sealed class PlanSettingsFactsOnSqlite(SqliteServiceFixture service) : PlanSettingsFacts<SqliteServiceFixture>(service);

public sealed class PlanSettingsFactsOnPostgreSql(PostgreSqlServiceFixture service) : PlanSettingsFacts<PostgreSqlServiceFixture>(service);
