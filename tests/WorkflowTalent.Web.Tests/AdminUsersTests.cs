using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WorkflowTalent.Web.Tests.Support;

namespace WorkflowTalent.Web.Tests;

/// <summary>The administrators' users and roles: create with a scope (R2.1), edit, reset a password, the API's refusals per field.</summary>
public sealed class AdminUsersTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task CreateUser_WithCountyScope_ListsThemAndTheyCanSignIn_R2_1()
    {
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/users");
        await page.GetByTestId("user-new").ClickAsync();

        await page.GetByTestId("user-name").FillAsync("jiangchuan.org");
        await page.GetByTestId("user-display").FillAsync("江川区委组织部 周干事");
        await page.GetByTestId("user-email").FillAsync("jiangchuan.org@yuxi.example");
        await page.GetByTestId("user-password").FillAsync(ServiceProcess.DemoPassword);
        await page.GetByTestId("user-role").SelectOptionAsync("CountyOrganization");
        await page.GetByTestId("user-scope").SelectOptionAsync("江川区");
        await page.GetByTestId("user-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("user-saved")).ToContainTextAsync("jiangchuan.org");
        var row = page.GetByTestId("user-jiangchuan.org");
        await Assertions.Expect(row.GetByTestId("user-row-role")).ToHaveTextAsync("县（市、区）委组织部");
        await Assertions.Expect(row.GetByTestId("user-row-scope")).ToHaveTextAsync("江川区");
        await Assertions.Expect(row.GetByTestId("user-row-display-name")).ToHaveTextAsync("江川区委组织部 周干事");

        var signedIn = await web.SignedInAsync("jiangchuan.org");
        Assert.EndsWith("/inbox", signedIn.Url, StringComparison.Ordinal);
        using var api = await web.Service.ApiAsAsync("jiangchuan.org");
        var me = await api.GetFromJsonAsync<JsonObject>("/api/auth/me");
        Assert.Equal(("江川区", "CountyOrganization"), (me!["scope"]!.GetValue<string>(), me["roles"]![0]!.GetValue<string>()));
    }

    [Fact]
    public async Task CreateUser_ShowsEachFieldsRefusal_WhenEmailIsBadAndScopeMissing()
    {
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/users");
        await page.GetByTestId("user-new").ClickAsync();

        await page.GetByTestId("user-name").FillAsync("broken.user");
        await page.GetByTestId("user-email").FillAsync("not-an-address");
        await page.GetByTestId("user-password").FillAsync(ServiceProcess.DemoPassword);
        await page.GetByTestId("user-role").SelectOptionAsync("ReceivingUnit");
        await page.GetByTestId("user-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("user-email-error")).ToContainTextAsync("is an e-mail address");
        await Assertions.Expect(page.GetByTestId("user-scope-error")).ToContainTextAsync("is required for ReceivingUnit");
        await Assertions.Expect(page.GetByTestId("user-broken.user")).ToHaveCountAsync(0);
        using var admin = await web.Service.ApiAsAsync("admin");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await admin.GetAsync("/api/users/broken.user")).StatusCode);
    }

    [Fact]
    public async Task EditUser_ChangesScopeAndDisplayName_AndResetPasswordLetsThemSignIn()
    {
        using var admin = await web.Service.ApiAsAsync("admin");
        (await admin.PostAsJsonAsync("/api/users", new
        {
            userName = "moved.hr", displayName = "人事 甲", email = "moved.hr@yuxi.example", password = ServiceProcess.DemoPassword,
            role = "ReceivingUnitHr", scope = "玉溪市人民医院",
        })).EnsureSuccessStatusCode();
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/users");

        await page.GetByTestId("user-moved.hr").GetByTestId("user-edit").ClickAsync();
        await page.GetByTestId("user-display").FillAsync("人事 乙");
        await page.GetByTestId("user-role").SelectOptionAsync("Trainee");
        await page.GetByTestId("user-save").ClickAsync();

        var row = page.GetByTestId("user-moved.hr");
        await Assertions.Expect(row.GetByTestId("user-row-role")).ToHaveTextAsync("研修人员");
        await Assertions.Expect(row.GetByTestId("user-row-scope")).ToHaveTextAsync("全市");
        await Assertions.Expect(row.GetByTestId("user-row-display-name")).ToHaveTextAsync("人事 乙");

        await row.GetByTestId("user-reset-password").ClickAsync();
        await page.GetByTestId("new-password").FillAsync("short");
        await page.GetByTestId("password-reset-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("new-password-error")).ToContainTextAsync("8");
        await page.GetByTestId("new-password").FillAsync("Yuxi-2027!new");
        await page.GetByTestId("password-reset-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("password-reset-done")).ToBeVisibleAsync();

        using var login = await web.Service.ApiAsAsync("admin");
        var signIn = await login.PostAsJsonAsync("/api/auth/login", new { userName = "moved.hr", password = "Yuxi-2027!new" });
        Assert.True(signIn.IsSuccessStatusCode, await signIn.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UsersPage_HasNoSeriousOrCriticalAxeViolations_WithTheFormOpen()
    {
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/users");
        await page.GetByTestId("user-new").ClickAsync();
        await page.GetByTestId("user-role").SelectOptionAsync("CountyOrganization");
        await page.GetByTestId("user-save").ClickAsync();
        await page.GetByTestId("user-name-error").WaitForAsync();

        var result = await page.RunAxe();

        AxeChecks.AssertNoSerious(result);
    }
}
