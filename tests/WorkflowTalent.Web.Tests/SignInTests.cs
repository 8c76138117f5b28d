using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowTalent.Web.Tests.Support;

namespace WorkflowTalent.Web.Tests;

public sealed partial class SignInTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Inbox_RedirectsToSignIn_WhenSignedOut()
    {
        var page = await web.NewPageAsync();

        await page.GotoAsync("/inbox");

        await Assertions.Expect(page).ToHaveURLAsync(LoginWithReturn());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("玉溪市基层人才对口培养");
    }

    [Fact]
    public async Task Api_StillAnswers401_WhenSignedOut()
    {
        using var client = new HttpClient { BaseAddress = web.Service.Address };

        using var response = await client.GetAsync("/api/tasks");

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_ShowsChineseError_WhenPasswordIsWrong()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/login");

        await page.Locator("#userName").FillAsync("eshan.org");
        await page.Locator("#password").FillAsync("wrong-password");
        await page.Locator("button[type=submit]").ClickAsync();

        await Assertions.Expect(page.GetByTestId("login-error")).ToHaveTextAsync("用户名或密码错误。");
    }

    [Fact]
    public async Task AppBar_ShowsUserRoleAndScope_WhenSignedIn()
    {
        var page = await web.SignedInAsync("eshan.org");

        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("县（市、区）委组织部");
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("峨山彝族自治县");
    }

    [Fact]
    public async Task SignOut_ReturnsToSignIn_AndPagesAskForItAgain()
    {
        var page = await web.SignedInAsync("tonghai.org");

        await page.GetByTestId("sign-out").ClickAsync();
        await page.WaitForURLAsync("**/login");
        await page.GotoAsync("/inbox");

        await Assertions.Expect(page).ToHaveURLAsync(LoginWithReturn());
    }

    [Fact]
    public async Task LanguageSwitch_ShowsEnglishTexts_AndBackToChinese()
    {
        var page = await web.SignedInAsync("eshan.org");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("待办任务");

        await page.GetByTestId("language-switch").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Inbox");
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("County Organization Department");
        await Assertions.Expect(page.GetByTestId("sign-out")).ToHaveTextAsync("Sign out");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await page.GetByTestId("language-switch").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("待办任务");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
    }

    [GeneratedRegex(@"/login\?ReturnUrl=%2Finbox$")]
    private static partial Regex LoginWithReturn();
}
