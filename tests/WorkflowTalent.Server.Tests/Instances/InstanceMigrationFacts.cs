using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Instances;

/// <summary>
/// Moving waiting cases to a new version: v1 waits for Arrived at "first", then Checked at "second"; v2 renames "first"
/// to "intake" and replaces "second" by "review". A case at "first" moves with the mapping first → intake; a case at
/// "second" has no place in v2 and is refused, unchanged.
/// </summary>
public abstract class InstanceMigrationFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    private static readonly Dictionary<string, string> Mapping = new() { ["first"] = "intake" };

    [Fact]
    public async Task Preview_SaysWhereWorkMoves_AndWhyOneCannot_ChangingNothing()
    {
        var (definitionId, atFirst, atSecond) = await TwoWaitingCasesAsync();
        var admin = await service.SignInAsync("admin");
        var before = Revisions(atFirst, atSecond);

        var response = await admin.PostAsJsonAsync("/api/instances/migrations/preview", new { instanceIds = new[] { atFirst, atSecond }, toVersion = 2, mapping = Mapping });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var previews = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["instances"]!.AsArray();
        var first = previews.Single(p => (string?)p!["instanceId"] == atFirst)!;
        Assert.True((bool)first["canApply"]!);
        Assert.Equal((1, 2), ((int)first["fromVersion"]!, (int)first["toVersion"]!));
        Assert.Equal([("first", "intake")], first["moves"]!.AsArray().Select(m => ((string?)m!["fromActivity"], (string?)m["toActivity"])));
        var second = previews.Single(p => (string?)p!["instanceId"] == atSecond)!;
        Assert.False((bool)second["canApply"]!);
        Assert.Contains("activity second", (string?)second["problems"]![0], StringComparison.Ordinal);
        Assert.Equal(before, Revisions(atFirst, atSecond));

        var byFilter = JsonNode.Parse(await (await admin.PostAsJsonAsync("/api/instances/migrations/preview",
            new { filter = new { definitionId, version = 1 }, toVersion = 2, mapping = Mapping })).Content.ReadAsStringAsync())!;
        Assert.Equal(
            new[] { atFirst, atSecond }.Order(StringComparer.Ordinal),
            byFilter["instances"]!.AsArray().Select(p => (string)p!["instanceId"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Migrate_MovesTheMappedCase_AndRefusesTheUnmappedOne_Unchanged()
    {
        var (_, atFirst, atSecond) = await TwoWaitingCasesAsync();
        var admin = await service.SignInAsync("admin");
        var firstCorrelation = service.Db(db => db.Instances.Single(i => i.Id == atFirst).CorrelationId);
        var secondBefore = service.Db(db => db.Instances.Single(i => i.Id == atSecond).Revision);

        var response = await admin.PostAsJsonAsync("/api/instances/migrations", new { instanceIds = new[] { atSecond, atFirst }, toVersion = 2, mapping = Mapping });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((1, 1), ((int)report["migrated"]!, (int)report["refused"]!));
        var outcomes = report["instances"]!.AsArray().ToDictionary(o => (string)o!["instanceId"]!, o => o!);
        Assert.Equal("Migrated", (string?)outcomes[atFirst]["result"]);
        Assert.Equal("Refused", (string?)outcomes[atSecond]["result"]);
        Assert.Contains("activity second", (string?)outcomes[atSecond]["reason"], StringComparison.Ordinal);

        var migrated = JsonNode.Parse(await admin.GetStringAsync($"/api/instances/{atFirst}"))!;
        Assert.Equal((2, "Waiting"), ((int)migrated["definitionVersion"]!, (string?)migrated["status"]));
        var journal = JsonNode.Parse(await admin.GetStringAsync($"/api/instances/{atFirst}/journal"))!.AsArray();
        Assert.Equal(("Altered", "Migrate"), ((string?)journal[^1]!["event"], (string?)journal[^1]!["name"]));
        var refused = service.Db(db => db.Instances.Single(i => i.Id == atSecond));
        Assert.Equal((1, Workflows.Runtime.WorkflowStatus.Waiting, secondBefore), (refused.DefinitionVersion, refused.Status, refused.Revision));

        // The moved wait answers to v2's activity: Arrived now leads on to v2's review.
        var delivered = JsonNode.Parse(await (await admin.PostAsJsonAsync("/api/events/Arrived", new { correlationId = firstCorrelation })).Content.ReadAsStringAsync())!;
        Assert.Equal(1, (int)delivered["delivered"]!);
        var waits = service.Db(db => db.EventWaits.Where(w => w.InstanceId == atFirst).Select(w => w.EventName).ToList());
        Assert.Equal(["Reviewed"], waits);
    }

    [Fact]
    public async Task Migrate_ToADraftOrByAnOfficial_IsRefused()
    {
        var (definitionId, atFirst, _) = await TwoWaitingCasesAsync();
        await TestDefinitions.AddAsync(service, DefinitionStatus.Draft, TestDefinitions.Waiter(definitionId, 3, ("first", "Arrived")));
        var admin = await service.SignInAsync("admin");

        var toDraft = JsonNode.Parse(await (await admin.PostAsJsonAsync("/api/instances/migrations", new { instanceIds = new[] { atFirst }, toVersion = 3 })).Content.ReadAsStringAsync())!;
        Assert.Equal("Refused", (string?)toDraft["instances"]![0]!["result"]);
        Assert.Equal(1, service.Db(db => db.Instances.Single(i => i.Id == atFirst).DefinitionVersion));
        var both = await admin.PostAsJsonAsync("/api/instances/migrations", new { instanceIds = new[] { atFirst }, filter = new { definitionId }, toVersion = 2 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, both.StatusCode);
        var official = await (await service.SignInAsync("city.org")).PostAsJsonAsync("/api/instances/migrations/preview", new { instanceIds = new[] { atFirst }, toVersion = 2 });
        Assert.Equal(HttpStatusCode.Forbidden, official.StatusCode);
    }

    // Two cases of a fresh v1, each of its own correlation: one waits at "first", one (Arrived delivered) at "second"; then v2 is published.
    private async Task<(string DefinitionId, string AtFirst, string AtSecond)> TwoWaitingCasesAsync()
    {
        var definitionId = TestDefinitions.FreshId("migrating");
        await TestDefinitions.AddAsync(service, DefinitionStatus.Published, TestDefinitions.Waiter(definitionId, 1, ("first", "Arrived"), ("second", "Checked")));
        var admin = await service.SignInAsync("admin");
        var atFirst = await StartAsync(admin, definitionId, "first-" + definitionId);
        var atSecond = await StartAsync(admin, definitionId, "second-" + definitionId);
        var arrived = JsonNode.Parse(await (await admin.PostAsJsonAsync("/api/events/Arrived", new { correlationId = "second-" + definitionId })).Content.ReadAsStringAsync())!;
        Assert.Equal(1, (int)arrived["delivered"]!);
        await TestDefinitions.AddAsync(service, DefinitionStatus.Published, TestDefinitions.Waiter(definitionId, 2, ("intake", "Arrived"), ("review", "Reviewed")));
        return (definitionId, atFirst, atSecond);
    }

    private static async Task<string> StartAsync(HttpClient admin, string definitionId, string correlationId)
    {
        var started = await admin.PostAsJsonAsync("/api/instances", new { definitionId, correlationId });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return (string)JsonNode.Parse(await started.Content.ReadAsStringAsync())!["id"]!;
    }

    private List<int> Revisions(params string[] ids) =>
        service.Db(db => db.Instances.Where(i => ids.Contains(i.Id)).OrderBy(i => i.Id).Select(i => i.Revision).ToList());
}

public sealed class InstanceMigrationFactsOnSqlite(SqliteServiceFixture service) : InstanceMigrationFacts<SqliteServiceFixture>(service);

public sealed class InstanceMigrationFactsOnPostgreSql(PostgreSqlServiceFixture service) : InstanceMigrationFacts<PostgreSqlServiceFixture>(service);
