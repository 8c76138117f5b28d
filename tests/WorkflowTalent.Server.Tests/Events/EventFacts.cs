using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Server.Tests.Instances;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Events;

/// <summary>Events from outside wake the cases waiting for them (Elsa.Event), by name and correlation id.</summary>
public abstract class EventFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    [Fact]
    public async Task Publish_WithACorrelationId_ResumesOnlyThatCase_WithThePayload()
    {
        var definitionId = TestDefinitions.FreshId("documents");
        await TestDefinitions.AddAsync(service, DefinitionStatus.Published, TestDefinitions.Waiter(definitionId, 1, ("wait", "DocumentsReceived")));
        var admin = await service.SignInAsync("admin");
        var wanted = await StartAsync(admin, definitionId, $"{definitionId}-li");
        var other = await StartAsync(admin, definitionId, $"{definitionId}-he");

        var response = await (await service.SignInAsync("hospital.hr")).PostAsJsonAsync("/api/events/DocumentsReceived",
            new { correlationId = $"{definitionId}-li", payload = new { pages = 3, from = "玉溪市人民医院" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var delivery = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(1, (int)delivery["delivered"]!);
        Assert.Equal([wanted], delivery["instanceIds"]!.AsArray().Select(i => (string?)i));
        var resumed = JsonNode.Parse(await admin.GetStringAsync($"/api/instances/{wanted}"))!;
        Assert.Equal(("Finished", 3), ((string?)resumed["status"], (int)resumed["variables"]!["payload"]!["pages"]!));
        var waiting = JsonNode.Parse(await admin.GetStringAsync($"/api/instances/{other}"))!;
        Assert.Equal("Waiting", (string?)waiting["status"]);
        Assert.Equal(1, service.Db(db => db.EventWaits.Count(w => w.InstanceId == other)));
    }

    [Fact]
    public async Task Publish_WhenNoCaseWaits_DeliversNothing()
    {
        var response = await (await service.SignInAsync("city.org")).PostAsJsonAsync("/api/events/NobodyWaits", new { correlationId = "x" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var delivery = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((0, 0), ((int)delivery["delivered"]!, delivery["instanceIds"]!.AsArray().Count));
    }

    [Fact]
    public async Task Publish_ByATrainee_Is403_AndDeliversNothing()
    {
        var definitionId = TestDefinitions.FreshId("documents");
        await TestDefinitions.AddAsync(service, DefinitionStatus.Published, TestDefinitions.Waiter(definitionId, 1, ("wait", "TraineeKnocks")));
        var id = await StartAsync(await service.SignInAsync("admin"), definitionId, definitionId);

        var response = await (await service.SignInAsync("trainee.li")).PostAsJsonAsync("/api/events/TraineeKnocks", new { correlationId = definitionId });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(Workflows.Runtime.WorkflowStatus.Waiting, service.Db(db => db.Instances.Single(i => i.Id == id).Status));
    }

    private static async Task<string> StartAsync(HttpClient client, string definitionId, string correlationId)
    {
        var response = await client.PostAsJsonAsync("/api/instances", new { definitionId, correlationId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var details = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Waiting", (string?)details["status"]);
        return (string)details["id"]!;
    }
}

public sealed class EventFactsOnSqlite(SqliteServiceFixture service) : EventFacts<SqliteServiceFixture>(service);

public sealed class EventFactsOnPostgreSql(PostgreSqlServiceFixture service) : EventFacts<PostgreSqlServiceFixture>(service);
