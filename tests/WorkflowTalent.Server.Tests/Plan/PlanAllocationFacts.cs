using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan.Eligibility;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Plan;

/// <summary>Quota allocation per batch: versioned, explained line by line, tilted (R3.4) and reduced after cancellations (R15.2).</summary>
public abstract class PlanAllocationFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    private static readonly string[] EthnicCounties = ["峨山彝族自治县", "新平彝族傣族自治县", "元江哈尼族彝族傣族自治县"];

    [Fact]
    public async Task Allocate_SplitsTheHundredPlaces_TiltedTowardEthnicCounties_AndExplainsEachLine_R3_4()
    {
        var manager = await service.SignInAsync("city.org");
        await OpenAsync(manager, 2026);

        var response = await manager.PostAsync("/api/plan/batches/2026/allocations", null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var allocation = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var lines = allocation["lines"]!.AsArray();
        Assert.Equal(9, lines.Count);
        Assert.Equal(100, lines.Sum(l => (int)l!["places"]!));
        Assert.Equal((1, true, "city.org"), ((int)allocation["version"]!, (bool)allocation["isCurrent"]!, (string?)allocation["createdBy"]));
        foreach (var line in lines)
        {
            var county = (string)line!["county"]!;
            var ethnic = EthnicCounties.Contains(county);
            Assert.Equal(ethnic, (decimal)line["ethnicTilt"]! > 0);
            Assert.StartsWith($"{county}：基础 ", (string?)line["explanationZh"], StringComparison.Ordinal);
            Assert.EndsWith($"→ {(int)line["places"]!}", (string?)line["explanationZh"], StringComparison.Ordinal);
            Assert.Equal(ethnic, ((string)line["explanationZh"]!).Contains("民族倾斜", StringComparison.Ordinal));
        }

        int Places(string county) => (int)lines.Single(l => (string?)l!["county"] == county)!["places"]!;
        // Xinping: ethnic and five remote townships; Chengjiang: neither ethnic nor more than one remote township.
        Assert.True(Places("新平彝族傣族自治县") > Places("澄江市"));
        Assert.True(Places("峨山彝族自治县") > Places("华宁县"));
    }

    [Fact]
    public async Task Allocate_ACountyWithACancelledTraineeLastYear_GetsFewerPlaces_R15_2()
    {
        var manager = await service.SignInAsync("city.org");
        await OpenAsync(manager, 2033);
        await OpenAsync(manager, 2034);
        await OpenAsync(manager, 2035);
        CancelledApplication(2034, "通海县");

        var baseline = await AllocateAsync(manager, 2033);
        var reduced = await AllocateAsync(manager, 2035);

        var before = Line(baseline, "通海县");
        var after = Line(reduced, "通海县");
        Assert.Equal((0, 1), ((int)before["cancelledLastYear"]!, (int)after["cancelledLastYear"]!));
        Assert.Equal(1m, (decimal)after["cancellationPenalty"]!);
        Assert.True((int)after["places"]! < (int)before["places"]!, $"{(int)after["places"]!} < {(int)before["places"]!}");
        Assert.Contains("取消 1 人", (string?)after["explanationZh"], StringComparison.Ordinal);
        Assert.Contains("1 cancelled", (string?)after["explanationEn"], StringComparison.Ordinal);
        Assert.Equal(100, reduced["lines"]!.AsArray().Sum(l => (int)l!["places"]!));
    }

    [Fact]
    public async Task Allocate_Again_AddsAVersion_AndTheLatestIsCurrent()
    {
        var manager = await service.SignInAsync("admin");
        await OpenAsync(manager, 2036);
        var first = await AllocateAsync(manager, 2036);
        Assert.Equal(HttpStatusCode.OK, (await manager.PutAsJsonAsync("/api/plan/settings", new { quota = new { ethnicTiltShare = 0.3m } })).StatusCode);

        var second = await AllocateAsync(manager, 2036);
        Assert.Equal(HttpStatusCode.OK, (await manager.PutAsJsonAsync("/api/plan/settings", new { quota = new { ethnicTiltShare = 0.1m } })).StatusCode);

        Assert.Equal((1, 2), ((int)first["version"]!, (int)second["version"]!));
        var county = await service.SignInAsync("eshan.org");
        var versions = JsonNode.Parse(await county.GetStringAsync("/api/plan/batches/2036/allocations"))!.AsArray();
        Assert.Equal([(2, true), (1, false)], versions.Select(v => ((int)v!["version"]!, (bool)v!["isCurrent"]!)));
        var current = JsonNode.Parse(await county.GetStringAsync("/api/plan/batches/2036/allocations/current"))!;
        Assert.Equal((2, 0.3m), ((int)current["version"]!, (decimal)current["weights"]!["ethnicTiltShare"]!));
        Assert.True((int)Line(current, "峨山彝族自治县")["places"]! > (int)Line(first, "峨山彝族自治县")["places"]!);
        var old = JsonNode.Parse(await county.GetStringAsync("/api/plan/batches/2036/allocations/1"))!;
        Assert.Equal(((string?)Line(first, "峨山彝族自治县")["explanationZh"], false), ((string?)Line(old, "峨山彝族自治县")["explanationZh"], (bool)old["isCurrent"]!));
    }

    [Fact]
    public async Task Allocate_ByACountyOfficial_Is403_OrForAnUnknownBatch_Is404()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await (await service.SignInAsync("tonghai.org")).PostAsync("/api/plan/batches/2026/allocations", null)).StatusCode);
        var manager = await service.SignInAsync("city.org");
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostAsync("/api/plan/batches/2098/allocations", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/plan/batches/2098/allocations/current")).StatusCode);
    }

    [Fact]
    public async Task Allocate_OnceTrainingBegan_Is409_R6_1()
    {
        var manager = await service.SignInAsync("city.org");
        await OpenAsync(manager, 2037);
        await manager.PostAsJsonAsync("/api/plan/batches/2037/state", new { state = "Recruiting" });
        await manager.PostAsJsonAsync("/api/plan/batches/2037/state", new { state = "Training" });

        var response = await manager.PostAsync("/api/plan/batches/2037/allocations", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("R6.1", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["ruleId"]);
    }

    private static async Task OpenAsync(HttpClient manager, int year) =>
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/plan/batches", new { year })).StatusCode);

    private static async Task<JsonNode> AllocateAsync(HttpClient manager, int year)
    {
        var response = await manager.PostAsync($"/api/plan/batches/{year}/allocations", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static JsonNode Line(JsonNode allocation, string county) => allocation["lines"]!.AsArray().Single(l => (string?)l!["county"] == county)!;

    /// <summary>R15.2: a trainee of the county whose place the receiving unit cancelled in that year's batch.</summary>
    private void CancelledApplication(int year, string county) => service.Db(db =>
    {
        db.PlanApplications.Add(new ApplicationRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            BatchYear = year,
            CountyId = db.PlanCounties.Single(c => c.Name == county).Id,
            TraineeName = "赵研修",
            BirthDate = new DateOnly(1990, 5, 1),
            Education = EducationLevel.Bachelor,
            FieldCode = "health",
            Ethnicity = "汉族",
            Status = ApplicationStatus.Cancelled,
            StatusChangedAt = ServiceFixture.Start,
            CreatedAt = ServiceFixture.Start,
            CreatedBy = "city.org",
        });
        return db.SaveChanges();
    });
}

public sealed class PlanAllocationFactsOnSqlite(SqliteServiceFixture service) : PlanAllocationFacts<SqliteServiceFixture>(service);

public sealed class PlanAllocationFactsOnPostgreSql(PostgreSqlServiceFixture service) : PlanAllocationFacts<PostgreSqlServiceFixture>(service);
