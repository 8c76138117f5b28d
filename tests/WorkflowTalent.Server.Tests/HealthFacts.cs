using System.Net;
using System.Text.Json.Nodes;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests;

/// <summary>What a new user sees first: health, the OpenAPI document, sign-in; on both databases.</summary>
public abstract class HealthFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    [Fact]
    public async Task Health_AnswersHealthy_WithoutSignIn()
    {
        var response = await service.Anonymous().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_ServesTheDocument_WithTheApiPaths()
    {
        var document = JsonNode.Parse(await service.Anonymous().GetStringAsync("/openapi/v1.json"))!;
        Assert.Equal("3.1.1", (string?)document["openapi"]);
        Assert.NotNull(document["paths"]!["/api/auth/login"]);
    }

    [Fact]
    public async Task Api_WithoutSignIn_Is401_AsAProblem()
    {
        var response = await service.Anonymous().GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_WithABearerToken_NamesTheRolesAndScope()
    {
        var client = await service.SignInAsync("eshan.org");
        var me = JsonNode.Parse(await client.GetStringAsync("/api/auth/me"))!;
        Assert.Equal("eshan.org", (string?)me["userName"]);
        Assert.Equal("峨山彝族自治县", (string?)me["scope"]);
        Assert.Equal(["CountyOrganization"], me["roles"]!.AsArray().Select(r => (string?)r));
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_Is401_AsAProblem()
    {
        var response = await service.Anonymous().PostAsync("/api/auth/login",
            new StringContent("""{"userName":"eshan.org","password":"wrong"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void Startup_ImportedTheRepositoryWorkflows_AsPublishedVersions()
    {
        var leave = service.Db(db => db.Definitions.Single(d => d.DefinitionId == "talent-leave"));
        Assert.Equal((1, Persistence.Definitions.DefinitionStatus.Published, "import"), (leave.Version, leave.Status, leave.ChangedBy));
    }
}

public sealed class HealthFactsOnSqlite(SqliteServiceFixture service) : HealthFacts<SqliteServiceFixture>(service);

public sealed class HealthFactsOnPostgreSql(PostgreSqlServiceFixture service) : HealthFacts<PostgreSqlServiceFixture>(service);
