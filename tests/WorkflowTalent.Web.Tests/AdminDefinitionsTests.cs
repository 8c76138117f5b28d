using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WorkflowTalent.Web.Tests.Support;

namespace WorkflowTalent.Web.Tests;

/// <summary>The administrators' list of process definitions: versions, their status and the cases running on each.</summary>
public sealed partial class AdminDefinitionsTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Definitions_ShowsLeaveVersion1PublishedWithItsRunningCase_WhenAdministratorStartsOne()
    {
        var before = await RunningOnLeaveV1Async();
        await LeaveCases.StartAsync(web.Service, "赵一");

        var page = await web.SignedInAsync("admin");
        await page.GetByTestId("nav-definitions").ClickAsync();

        await page.WaitForURLAsync("**/admin/definitions");
        var leave = page.GetByTestId("definition-talent-leave");
        await Assertions.Expect(leave.GetByTestId("definition-link")).ToHaveTextAsync("研修人员请假审批");
        var v1 = leave.GetByTestId("version-1");
        await Assertions.Expect(v1).ToContainTextAsync("v1");
        await Assertions.Expect(v1.GetByTestId("version-status")).ToHaveTextAsync("已发布");
        await Assertions.Expect(v1.GetByTestId("running-cases")).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(v1).ToContainTextAsync(DateRegex());
    }

    [Fact]
    public async Task DefinitionPage_ShowsVersionsAndJsonOfPublishedVersion_WhenOpenedFromList()
    {
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/definitions");

        await page.GetByTestId("definition-talent-leave").GetByTestId("definition-link").ClickAsync();

        await page.WaitForURLAsync("**/admin/definitions/talent-leave");
        await Assertions.Expect(page.GetByTestId("definition-title")).ToHaveTextAsync("研修人员请假审批");
        await Assertions.Expect(page.GetByTestId("version-1").GetByTestId("version-status")).ToHaveTextAsync("已发布");
        var json = page.GetByTestId("definition-json");
        await Assertions.Expect(json).ToContainTextAsync("\"definitionId\": \"talent-leave\"");
        await Assertions.Expect(json).ToContainTextAsync("R15.1");
        Assert.Equal("PRE", await json.EvaluateAsync<string>("e => e.tagName"));
    }

    [Fact]
    public async Task DefinitionPage_ShowsNotFound_WhenDefinitionDoesNotExist()
    {
        var page = await web.SignedInAsync("admin");

        await page.GotoAsync("/admin/definitions/no-such-process");

        await Assertions.Expect(page.GetByTestId("definition-not-found")).ToHaveTextAsync("流程定义不存在。");
        await Assertions.Expect(page.GetByTestId("definition-json")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Definitions_ShowsNotFoundAndNoLink_WhenOfficialIsNotAdministrator()
    {
        var page = await web.SignedInAsync("eshan.org");
        await Assertions.Expect(page.GetByTestId("nav-definitions")).ToHaveCountAsync(0);

        await page.GotoAsync("/admin/definitions");
        await Assertions.Expect(page.GetByTestId("page-not-found")).ToHaveTextAsync("页面不存在或您无权访问。");
        await Assertions.Expect(page.GetByTestId("definition-talent-leave")).ToHaveCountAsync(0);

        await page.GotoAsync("/admin/definitions/talent-leave");
        await Assertions.Expect(page.GetByTestId("page-not-found")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("definition-json")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Definitions_ShowsEnglishTexts_WhenLanguageIsSwitched()
    {
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/definitions");
        await page.GetByTestId("definition-talent-leave").WaitForAsync();

        await page.GetByTestId("language-switch").ClickAsync();

        await Assertions.Expect(page.GetByTestId("nav-definitions")).ToHaveTextAsync("Process definitions");
        await Assertions.Expect(page.GetByTestId("definition-talent-leave").GetByTestId("version-1").GetByTestId("version-status"))
            .ToHaveTextAsync("Published");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Process definitions");
    }

    [Fact]
    public async Task DefinitionPages_HaveNoSeriousOrCriticalAxeViolations()
    {
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/definitions");
        await page.GetByTestId("definition-talent-leave").WaitForAsync();

        var list = await page.RunAxe();
        await Screenshots.SaveAsync(page, "definitions");
        await page.GotoAsync("/admin/definitions/talent-leave");
        await page.GetByTestId("definition-json").WaitForAsync();
        var detail = await page.RunAxe();

        AxeChecks.AssertNoSerious(list);
        AxeChecks.AssertNoSerious(detail);
    }

    private async Task<int> RunningOnLeaveV1Async()
    {
        using var admin = await web.Service.ApiAsAsync("admin");
        var detail = await admin.GetFromJsonAsync<JsonObject>("/api/definitions/talent-leave");
        return detail!["versions"]!.AsArray().Single(v => v!["version"]!.GetValue<int>() == 1)!["runningInstances"]!.GetValue<int>();
    }


    [GeneratedRegex(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")]
    private static partial Regex DateRegex();
}
