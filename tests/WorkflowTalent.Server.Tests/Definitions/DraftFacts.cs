using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Server.Tests.Support;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Tests.Definitions;

/// <summary>Saving the one draft of a definition: validation with paths, editing in place, who may.</summary>
public abstract class DraftFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    [Fact]
    public async Task PutDraft_Is422WithEveryPath_AndStoresNothing_WhenAConnectionIsBroken()
    {
        var admin = await service.SignInAsync("admin");
        var broken = new ApprovalDefinition(ApprovalDefinition.NewId()) { DoneTarget = "nowhere" };

        var response = await admin.PutDraftAsync(broken.DefinitionId, broken.Json());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problems = (await response.ReadJsonAsync())["problems"]!.AsArray();
        var problem = Assert.Single(problems, p => (bool)p!["isError"]!);
        Assert.Equal("root.connections[1].target", (string?)problem!["path"]);
        Assert.Contains("nowhere", (string?)problem["message"], StringComparison.Ordinal);
        Assert.Equal(0, service.Db(db => db.Definitions.Count(d => d.DefinitionId == broken.DefinitionId)));
    }

    [Fact]
    public async Task PutDraft_SavesV1_WhenTheDefinitionIsFixed()
    {
        var admin = await service.SignInAsync("admin");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PutDraftAsync(definition.DefinitionId, (definition with { DoneTarget = "nowhere" }).Json())).StatusCode);

        var response = await admin.PutDraftAsync(definition.DefinitionId, definition.Json());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/definitions/{definition.DefinitionId}/versions/1", response.Headers.Location?.OriginalString);
        var saved = (await response.ReadJsonAsync())["version"]!;
        Assert.Equal((1, "Draft", "admin"), ((int)saved["version"]!, (string?)saved["status"], (string?)saved["changedBy"]));
        var record = service.Db(db => db.Definitions.Single(d => d.DefinitionId == definition.DefinitionId));
        Assert.Equal((1, DefinitionStatus.Draft, $"{definition.DefinitionId}:v1"), (record.Version, record.Status, record.Id));
        var stored = JsonNode.Parse(record.Json)!;
        Assert.Equal((1, false), ((int)stored["version"]!, (bool)stored["isPublished"]!));
    }

    [Fact]
    public async Task PutDraft_EditsTheDraftInPlace_WhenOneExists()
    {
        var admin = await service.SignInAsync("admin");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());
        await admin.PutDraftAsync(definition.DefinitionId, definition.Json());
        service.Clock.Advance(TimeSpan.FromMinutes(5));

        var response = await admin.PutDraftAsync(definition.DefinitionId, (definition with { Name = "改名后的审批" }).Json());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = service.Db(db => db.Definitions.Single(d => d.DefinitionId == definition.DefinitionId));
        Assert.Equal((1, DefinitionStatus.Draft, "改名后的审批"), (record.Version, record.Status, record.Name));
        Assert.Equal("改名后的审批", (string?)JsonNode.Parse(record.Json)!["name"]);
        Assert.True(record.UpdatedAt > record.CreatedAt);
    }

    [Fact]
    public async Task PutDraft_Is422_WhenTheBodyNamesAnotherDefinition()
    {
        var admin = await service.SignInAsync("admin");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());
        var route = ApprovalDefinition.NewId();

        var response = await admin.PutDraftAsync(route, definition.Json());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = Assert.Single((await response.ReadJsonAsync())["problems"]!.AsArray());
        Assert.Equal("definitionId", (string?)problem!["path"]);
        Assert.Equal(0, service.Db(db => db.Definitions.Count(d => d.DefinitionId == route || d.DefinitionId == definition.DefinitionId)));
    }

    [Fact]
    public async Task PutDraft_ReturnsWarnings_WithoutBlocking()
    {
        var admin = await service.SignInAsync("admin");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());
        var document = definition.Document();
        document["root"]!["activities"]!.AsArray().Add(new JsonObject { ["id"] = "orphan", ["type"] = "Elsa.WriteLine", ["version"] = 1, ["text"] = "never" });

        var response = await admin.PutDraftAsync(definition.DefinitionId, document.ToJsonString());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var problems = (await response.ReadJsonAsync())["problems"]!.AsArray();
        Assert.DoesNotContain(problems, p => (bool)p!["isError"]!);
        var warning = Assert.Single(problems, p => (string?)p!["path"] == "root.activities[3]");
        Assert.Contains("cannot be reached", (string?)warning!["message"], StringComparison.Ordinal);
        Assert.Equal(DefinitionStatus.Draft, service.Db(db => db.Definitions.Single(d => d.DefinitionId == definition.DefinitionId).Status));
    }

    [Fact]
    public async Task PutDraft_Is403_ForANonAdministrator_WhoMayStillRead()
    {
        var official = await service.SignInAsync("eshan.org");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());

        var response = await official.PutDraftAsync(definition.DefinitionId, definition.Json());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, service.Db(db => db.Definitions.Count(d => d.DefinitionId == definition.DefinitionId)));
        Assert.Equal(HttpStatusCode.Forbidden, (await official.PublishDraftAsync("talent-leave")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await official.PostAsync("/api/definitions/talent-leave/versions/1/retire", null)).StatusCode);
        var list = await official.GetJsonAsync("/api/definitions");
        Assert.Contains(list.AsArray(), d => (string?)d!["definitionId"] == "talent-leave");
    }

    [Fact]
    public async Task Api_WithoutSignIn_Is401()
    {
        var response = await service.Anonymous().GetAsync("/api/definitions");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task EditingAndPublishingTheDraft_ForgetItsCompiledForm()
    {
        var admin = await service.SignInAsync("admin");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());
        await admin.PutDraftAsync(definition.DefinitionId, definition.Json());
        var cache = service.Factory.Services.GetRequiredService<CompiledWorkflowCache>();
        var runtime = service.Factory.Services.GetRequiredService<WorkflowRuntime>();
        CompiledWorkflow Compile() => runtime.Compile(DefinitionSerializer.Read(definition.Json()).Definition!);
        var cached = cache.GetOrAdd(definition.DefinitionId, 1, Compile);
        Assert.Same(cached, cache.GetOrAdd(definition.DefinitionId, 1, Compile));

        await admin.PutDraftAsync(definition.DefinitionId, (definition with { DoneText = "edited" }).Json());
        var afterEdit = cache.GetOrAdd(definition.DefinitionId, 1, Compile);
        Assert.NotSame(cached, afterEdit);

        await admin.PublishDraftAsync(definition.DefinitionId);
        Assert.NotSame(afterEdit, cache.GetOrAdd(definition.DefinitionId, 1, Compile));
    }

    [Fact]
    public async Task DeleteDraft_DiscardsIt()
    {
        var admin = await service.SignInAsync("admin");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());
        await admin.PutDraftAsync(definition.DefinitionId, definition.Json());

        var response = await admin.DeleteAsync($"/api/definitions/{definition.DefinitionId}/draft");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(0, service.Db(db => db.Definitions.Count(d => d.DefinitionId == definition.DefinitionId)));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PublishDraftAsync(definition.DefinitionId)).StatusCode);
    }
}

public sealed class DraftFactsOnSqlite(SqliteServiceFixture service) : DraftFacts<SqliteServiceFixture>(service);

public sealed class DraftFactsOnPostgreSql(PostgreSqlServiceFixture service) : DraftFacts<PostgreSqlServiceFixture>(service);
