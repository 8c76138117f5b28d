using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Server.Engine;
using WorkflowTalent.Server.Tests.Support;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Tests.Definitions;

/// <summary>Publishing, retiring and rolling back versions, with the cases that run on them.</summary>
public abstract class VersionFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    [Fact]
    public async Task Publish_MakesTheDraftV1Published_WithItsJsonMarkedPublished()
    {
        var admin = await service.SignInAsync("admin");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());
        await admin.PutDraftAsync(definition.DefinitionId, definition.Json());
        service.Clock.Advance(TimeSpan.FromMinutes(10));

        var response = await admin.PublishDraftAsync(definition.DefinitionId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = service.Db(db => db.Definitions.Single(d => d.DefinitionId == definition.DefinitionId));
        Assert.Equal((1, DefinitionStatus.Published, "admin"), (record.Version, record.Status, record.ChangedBy));
        Assert.Equal(service.Clock.GetUtcNow(), record.PublishedAt);
        Assert.True((bool)JsonNode.Parse(record.Json)!["isPublished"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PublishDraftAsync(definition.DefinitionId)).StatusCode);
    }

    [Fact]
    public async Task PublishingV2_RetiresV1_WhileTheCaseStartedOnV1StaysOnIt_AndTheListCountsBoth()
    {
        var admin = await service.SignInAsync("admin");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());
        Assert.Equal(1, await admin.PublishAsync(definition));
        var onV1 = await service.StartCaseAsync(definition.DefinitionId);

        var draft = await admin.PutDraftAsync(definition.DefinitionId, (definition with { DoneText = "批准" }).Json());
        Assert.Equal(2, (int)(await draft.ReadJsonAsync())["version"]!["version"]!);
        Assert.Equal(HttpStatusCode.OK, (await admin.PublishDraftAsync(definition.DefinitionId)).StatusCode);
        var onV2 = await service.StartCaseAsync(definition.DefinitionId);

        var versions = (await admin.GetJsonAsync($"/api/definitions/{definition.DefinitionId}"))["versions"]!.AsArray();
        Assert.Equal(
            [(2, "Published", 1), (1, "Retired", 1)],
            versions.Select(v => ((int)v!["version"]!, (string?)v["status"], (int)v["runningInstances"]!)));
        Assert.Equal(
            [(onV1, 1), (onV2, 2)],
            service.Db(db => db.Instances.Where(i => i.DefinitionId == definition.DefinitionId).OrderBy(i => i.DefinitionVersion).Select(i => new { i.Id, i.DefinitionVersion }).ToList())
                .Select(i => (i.Id, i.DefinitionVersion)));

        var summary = (await admin.GetJsonAsync("/api/definitions")).AsArray().Single(d => (string?)d!["definitionId"] == definition.DefinitionId)!;
        Assert.Equal((2, 2, (int?)null), ((int)summary["latestVersion"]!, (int)summary["publishedVersion"]!, (int?)summary["draftVersion"]));
        Assert.Equal((0, 1, 1), ((int)summary["versions"]!["draft"]!, (int)summary["versions"]!["published"]!, (int)summary["versions"]!["retired"]!));
        Assert.Equal([(1, 1), (2, 1)], summary["running"]!.AsArray().Select(r => ((int)r!["version"]!, (int)r["instances"]!)));

        // Without the running counts (what the inbox asks for names): the same list, no scan of the cases.
        var names = (await admin.GetJsonAsync("/api/definitions?running=false")).AsArray().Single(d => (string?)d!["definitionId"] == definition.DefinitionId)!;
        Assert.Equal(((string?)summary["name"], 2), ((string?)names["name"], (int)names["publishedVersion"]!));
        Assert.Empty(names["running"]!.AsArray());
    }

    [Fact]
    public async Task Retire_RefusesNewCases_WhileTheRunningCaseContinues()
    {
        var admin = await service.SignInAsync("admin");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());
        await admin.PublishAsync(definition);
        var running = await service.StartCaseAsync(definition.DefinitionId);

        var response = await admin.PostAsync($"/api/definitions/{definition.DefinitionId}/versions/1/retire", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var retired = await response.ReadJsonAsync();
        Assert.Equal(("Retired", 1), ((string?)retired["status"], (int)retired["runningInstances"]!));
        var refused = await Assert.ThrowsAsync<WorkflowRefusedException>(() => service.StartCaseAsync(definition.DefinitionId));
        Assert.Equal(RefusalReason.NotFound, refused.Reason);
        var finished = await service.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<WorkflowSteps>()
            .Run(h => h.CompleteTask(running, "approve", new ResumeSignal.TaskCompletion("Approve", null, null, new Actor("CountyOrganization", null, "eshan.org"))))
            .Instance.Status));
        Assert.Equal(WorkflowStatus.Finished, finished);
    }

    [Fact]
    public async Task Republish_PublishesACopyOfV1AsV3_AndRetiresV2()
    {
        var admin = await service.SignInAsync("admin");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());
        await admin.PublishAsync(definition);
        await admin.PublishAsync(definition with { DoneText = "第二版" });

        var response = await admin.PostAsync($"/api/definitions/{definition.DefinitionId}/versions/1/republish", null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var records = service.Db(db => db.Definitions.Where(d => d.DefinitionId == definition.DefinitionId).OrderBy(d => d.Version).ToList());
        Assert.Equal([(1, DefinitionStatus.Retired), (2, DefinitionStatus.Retired), (3, DefinitionStatus.Published)], records.Select(r => (r.Version, r.Status)));
        var v3 = JsonNode.Parse(records[2].Json)!;
        Assert.Equal((3, "approved"), ((int)v3["version"]!, (string?)v3["root"]!["activities"]![2]!["text"]!["expression"]!["value"]));
    }

    [Fact]
    public async Task Retire_IsAConflict_ForTheDraft_AndNotFound_ForAMissingVersion()
    {
        var admin = await service.SignInAsync("admin");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());
        await admin.PutDraftAsync(definition.DefinitionId, definition.Json());

        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/definitions/{definition.DefinitionId}/versions/1/retire", null)).StatusCode);
        var missing = await admin.PostAsync($"/api/definitions/{definition.DefinitionId}/versions/9/retire", null);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class VersionFactsOnSqlite(SqliteServiceFixture service) : VersionFacts<SqliteServiceFixture>(service);

public sealed class VersionFactsOnPostgreSql(PostgreSqlServiceFixture service) : VersionFacts<PostgreSqlServiceFixture>(service);
