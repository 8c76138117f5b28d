using System.Net;
using System.Text;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Definitions;

/// <summary>The editor's live validation: the checks of saving a draft, with paths, storing nothing.</summary>
public sealed class DraftValidationFacts(SqliteServiceFixture service) : IClassFixture<SqliteServiceFixture>
{
    [Fact]
    public async Task Validate_ListsTheBrokenConnectionWithItsPath_AndStoresNothing()
    {
        var admin = await service.SignInAsync("admin");
        var broken = new ApprovalDefinition(ApprovalDefinition.NewId()) { DoneTarget = "nowhere" };

        var response = await ValidateAsync(admin, broken.DefinitionId, broken.Json());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.ReadJsonAsync();
        Assert.False((bool)answer["isValid"]!);
        var problem = Assert.Single(answer["problems"]!.AsArray(), p => (bool)p!["isError"]!);
        Assert.Equal("root.connections[1].target", (string?)problem!["path"]);
        Assert.Contains("nowhere", (string?)problem["message"], StringComparison.Ordinal);
        Assert.Equal(0, service.Db(db => db.Definitions.Count(d => d.DefinitionId == broken.DefinitionId)));
    }

    [Fact]
    public async Task Validate_IsValid_WhenTheDefinitionIsFine_AndStillStoresNothing()
    {
        var admin = await service.SignInAsync("admin");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());

        var answer = await (await ValidateAsync(admin, definition.DefinitionId, definition.Json())).ReadJsonAsync();

        Assert.True((bool)answer["isValid"]!);
        Assert.DoesNotContain(answer["problems"]!.AsArray(), p => (bool)p!["isError"]!);
        Assert.Equal(0, service.Db(db => db.Definitions.Count(d => d.DefinitionId == definition.DefinitionId)));
    }

    [Fact]
    public async Task Validate_AppliesTheSaveChecks_WhenTheBodyNamesAnotherDefinition()
    {
        var admin = await service.SignInAsync("admin");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());

        var answer = await (await ValidateAsync(admin, ApprovalDefinition.NewId(), definition.Json())).ReadJsonAsync();

        Assert.False((bool)answer["isValid"]!);
        Assert.Equal("definitionId", (string?)Assert.Single(answer["problems"]!.AsArray())!["path"]);
    }

    [Fact]
    public async Task Validate_Is403_ForANonAdministrator()
    {
        var official = await service.SignInAsync("eshan.org");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());

        var response = await ValidateAsync(official, definition.DefinitionId, definition.Json());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static Task<HttpResponseMessage> ValidateAsync(HttpClient client, string definitionId, string json) =>
        client.PostAsync($"/api/definitions/{definitionId}/draft/validate", new StringContent(json, Encoding.UTF8, "application/json"));
}
