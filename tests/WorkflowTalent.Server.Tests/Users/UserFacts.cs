using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Users;

/// <summary>Administrators manage users: a role each, a scope where the role acts for a county, unit or department.</summary>
public abstract class UserFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    private static readonly string[] OriginalUnit = ["OriginalUnit"];

    [Fact]
    public async Task Create_ScopedOfficial_Is201_ListedWithRoleAndScope_AndCanSignIn()
    {
        var admin = await service.SignInAsync("admin");
        var userName = $"jiangchuan.org.{Guid.NewGuid():N}"[..30];

        var response = await admin.PostAsJsonAsync("/api/users", new
        {
            userName, displayName = "江川区委组织部 李干事", email = "jc.org@yuxi.example", password = ServiceFixture.DemoPassword,
            role = "CountyOrganization", scope = "江川区",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/users/{userName}", response.Headers.Location?.OriginalString);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("passwordHash", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ServiceFixture.DemoPassword, body, StringComparison.Ordinal);

        var listed = JsonNode.Parse(await admin.GetStringAsync("/api/users"))!.AsArray().Single(u => (string?)u!["userName"] == userName)!;
        Assert.Equal(("江川区委组织部 李干事", "江川区", "jc.org@yuxi.example"), ((string?)listed["displayName"], (string?)listed["scope"], (string?)listed["email"]));
        Assert.Equal(["CountyOrganization"], listed["roles"]!.AsArray().Select(r => (string?)r));
        Assert.Null(listed["passwordHash"]);
        Assert.Null(listed["phoneNumber"]);

        var me = JsonNode.Parse(await (await service.SignInAsync(userName)).GetStringAsync("/api/auth/me"))!;
        Assert.Equal(("江川区", "CountyOrganization"), ((string?)me["scope"], (string?)me["roles"]![0]));
    }

    [Fact]
    public async Task List_ShowsTheDemoUsers_WithTheirRoles()
    {
        var users = JsonNode.Parse(await (await service.SignInAsync("admin")).GetStringAsync("/api/users"))!.AsArray();
        var hr = users.Single(u => (string?)u!["userName"] == "hospital.hr")!;
        Assert.Equal(("ReceivingUnitHr", "玉溪市人民医院"), ((string?)hr["roles"]![0], (string?)hr["scope"]));
    }

    [Theory]
    [InlineData("Mayor", "江川区", "role")]
    [InlineData("ReceivingUnit", null, "scope")]
    [InlineData("OriginalUnit", " ", "scope")]
    [InlineData("MunicipalOrganization", "江川区", "scope")]
    public async Task Create_WithABadRoleOrScope_Is422_AndCreatesNothing(string role, string? scope, string path)
    {
        var userName = $"bad.{Guid.NewGuid():N}"[..20];
        var response = await (await service.SignInAsync("admin")).PostAsJsonAsync("/api/users", new
        {
            userName, displayName = "x", email = "x@yuxi.example", password = ServiceFixture.DemoPassword, role, scope,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal([path], problem["problems"]!.AsArray().Select(p => (string?)p!["path"]));
        Assert.False(service.Db(db => db.Users.Any(u => u.UserName == userName)));
    }

    [Fact]
    public async Task Create_TakenNameOrWeakPassword_Is409Or422()
    {
        var admin = await service.SignInAsync("admin");
        var taken = await admin.PostAsJsonAsync("/api/users", new { userName = "trainee.li", email = "x@yuxi.example", password = ServiceFixture.DemoPassword, role = "Trainee" });
        var weak = await admin.PostAsJsonAsync("/api/users", new { userName = $"weak.{Guid.NewGuid():N}"[..20], email = "x@yuxi.example", password = "short", role = "Trainee" });

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.All(JsonNode.Parse(await weak.Content.ReadAsStringAsync())!["problems"]!.AsArray(), p => Assert.Equal("password", (string?)p!["path"]));
    }

    [Fact]
    public async Task Update_ReplacesRolesScopeAndName()
    {
        var admin = await service.SignInAsync("admin");
        var userName = await CreateTraineeAsync(admin);

        var response = await admin.PutAsJsonAsync($"/api/users/{userName}", new { displayName = "通海县人民医院 周院长", roles = OriginalUnit, scope = "通海县人民医院" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var user = JsonNode.Parse(await admin.GetStringAsync($"/api/users/{userName}"))!;
        Assert.Equal(("通海县人民医院 周院长", "通海县人民医院"), ((string?)user["displayName"], (string?)user["scope"]));
        Assert.Equal(["OriginalUnit"], user["roles"]!.AsArray().Select(r => (string?)r));
        Assert.Equal(HttpStatusCode.UnprocessableEntity,
            (await admin.PutAsJsonAsync($"/api/users/{userName}", new { roles = OriginalUnit })).StatusCode);
    }

    [Fact]
    public async Task ResetPassword_LetsTheUserSignInWithTheNewOne()
    {
        var admin = await service.SignInAsync("admin");
        var userName = await CreateTraineeAsync(admin);

        var response = await admin.PostAsJsonAsync($"/api/users/{userName}/password", new { password = "Xinmima-2026!" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var login = await service.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName, password = "Xinmima-2026!" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var old = await service.Anonymous().PostAsJsonAsync("/api/auth/login", new { userName, password = ServiceFixture.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
    }

    [Fact]
    public async Task Users_ByAnOfficial_Is403()
    {
        var official = await service.SignInAsync("city.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await official.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await official.PostAsJsonAsync("/api/users", new { userName = "sneaky", role = "Administrator" })).StatusCode);
    }

    private static async Task<string> CreateTraineeAsync(HttpClient admin)
    {
        var userName = $"trainee.{Guid.NewGuid():N}"[..24];
        var response = await admin.PostAsJsonAsync("/api/users", new
        {
            userName, displayName = "研修人员", email = "t@yuxi.example", password = ServiceFixture.DemoPassword, role = "Trainee",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return userName;
    }
}

public sealed class UserFactsOnSqlite(SqliteServiceFixture service) : UserFacts<SqliteServiceFixture>(service);

public sealed class UserFactsOnPostgreSql(PostgreSqlServiceFixture service) : UserFacts<PostgreSqlServiceFixture>(service);
