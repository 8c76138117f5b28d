using System.Net;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Definitions;

/// <summary>Looking at versions without changing them: their JSON, simulations, diffs.</summary>
public abstract class InspectionFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    private const string ApproveScript = """
        {"expect":{"openTasks":["approve"]}}
        {"complete":{"activity":"approve","outcome":"Approve","by":{"role":"CountyOrganization","user":"eshan.org"}}}
        {"expect":{"status":"Finished","output":["approved"]}}
        """;

    [Fact]
    public async Task GetVersion_ReturnsTheJsonExactlyAsStored()
    {
        var admin = await service.SignInAsync("admin");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());
        await admin.PutDraftAsync(definition.DefinitionId, definition.Json());

        var response = await admin.GetAsync($"/api/definitions/{definition.DefinitionId}/versions/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var stored = service.Db(db => db.Definitions.Single(d => d.DefinitionId == definition.DefinitionId).Json);
        Assert.Equal(stored, await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/definitions/{definition.DefinitionId}/versions/2")).StatusCode);
    }

    [Fact]
    public async Task SimulateDraft_ReturnsTheJournalAndTheFinalStatus()
    {
        var admin = await service.SignInAsync("admin");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());
        await admin.PutDraftAsync(definition.DefinitionId, definition.Json());

        var response = await admin.PostJsonAsync($"/api/definitions/{definition.DefinitionId}/draft/simulate",
            new { script = ApproveScript, start = "2026-09-01T09:00:00+08:00" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadJsonAsync();
        Assert.Equal(("Finished", true), ((string?)report["status"], (bool)report["succeeded"]!));
        var journal = report["journal"]!.AsArray();
        Assert.Equal(("2026-09-01T09:00:00+08:00", "Started"), ((string?)journal[0]!["time"], (string?)journal[0]!["event"]));
        var created = Assert.Single(journal, e => (string?)e!["event"] == "TaskCreated")!;
        Assert.Equal(("approve", "CountyOrganization"), ((string?)created["activity"], (string?)created["role"]));
        Assert.Contains(journal, e => (string?)e!["event"] == "TaskCompleted" && (string?)e["outcome"] == "Approve");
        Assert.Equal("Finished", (string?)journal[^1]!["event"]);
        Assert.Equal(["approved"], report["output"]!.AsArray().Select(o => (string?)o));
        Assert.Equal(0, service.Db(db => db.Instances.Count(i => i.DefinitionId == definition.DefinitionId)));
    }

    [Fact]
    public async Task SimulateVersion_ReportsAFailedExpectation()
    {
        var admin = await service.SignInAsync("admin");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());
        await admin.PublishAsync(definition);

        var response = await admin.PostJsonAsync($"/api/definitions/{definition.DefinitionId}/versions/1/simulate",
            new { script = """{"expect":{"status":"Finished"}}""", start = "2026-09-01T09:00:00+08:00" });

        var report = await response.ReadJsonAsync();
        Assert.Equal(("Waiting", false), ((string?)report["status"], (bool)report["succeeded"]!));
        Assert.StartsWith("line 1: expected status Finished, was Waiting", (string?)Assert.Single(report["failures"]!.AsArray()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_Is422WithTheLine_WhenTheScriptIsBad()
    {
        var admin = await service.SignInAsync("admin");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());
        await admin.PutDraftAsync(definition.DefinitionId, definition.Json());

        var response = await admin.PostJsonAsync($"/api/definitions/{definition.DefinitionId}/draft/simulate",
            new { script = "{\"expect\":{}}\n{\"bogus\":1}\n", start = "2026-09-01T09:00:00+08:00" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(2, (int)problem["line"]!);
        var only = Assert.Single(problem["problems"]!.AsArray())!;
        Assert.Equal(("script", "line 2: unknown command 'bogus'"), ((string?)only["path"], (string?)only["message"]));
    }

    [Fact]
    public async Task Simulate_Is403_ForANonAdministrator()
    {
        var official = await service.SignInAsync("city.org");
        var response = await official.PostJsonAsync("/api/definitions/talent-leave/versions/1/simulate", new { script = "" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Diff_NamesTheChangedActivityAndVariable_WithTheChangedLines()
    {
        var admin = await service.SignInAsync("admin");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());
        await admin.PublishAsync(definition);
        await admin.PutDraftAsync(definition.DefinitionId, (definition with { DoneText = "已批准", ExtraVariable = "county" }).Json());
        var reader = await service.SignInAsync("trainee.li");

        var diff = await reader.GetJsonAsync($"/api/definitions/{definition.DefinitionId}/diff?from=1&to=2");

        var changes = diff["changes"]!;
        Assert.Equal(["done"], changes["activitiesChanged"]!.AsArray().Select(a => (string?)a));
        Assert.Empty(changes["activitiesAdded"]!.AsArray());
        Assert.Empty(changes["activitiesRemoved"]!.AsArray());
        Assert.Equal(["county"], changes["variablesAdded"]!.AsArray().Select(a => (string?)a));
        var unified = (string)diff["unified"]!;
        Assert.Contains("-            \"value\": \"approved\"", unified, StringComparison.Ordinal);
        Assert.Contains("+            \"value\": \"已批准\"", unified, StringComparison.Ordinal);
        Assert.Contains("+  \"isPublished\": false", unified, StringComparison.Ordinal);
        Assert.True((int)diff["linesAdded"]! > 0);
    }

    [Fact]
    public async Task Diff_IsNotFound_ForAMissingVersion()
    {
        var admin = await service.SignInAsync("admin");
        var response = await admin.GetAsync("/api/definitions/talent-leave/diff?from=1&to=99");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class InspectionFactsOnSqlite(SqliteServiceFixture service) : InspectionFacts<SqliteServiceFixture>(service);

public sealed class InspectionFactsOnPostgreSql(PostgreSqlServiceFixture service) : InspectionFacts<PostgreSqlServiceFixture>(service);
