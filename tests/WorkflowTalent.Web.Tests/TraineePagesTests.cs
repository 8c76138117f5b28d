using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WorkflowTalent.Web.Tests.Support;

namespace WorkflowTalent.Web.Tests;

/// <summary>
/// The trainee's page /my: where their application stands, where and by when to report in (R6.5), their notices, and
/// asking for leave (R15.1). Each test places an application of its own year for trainee.li.
/// </summary>
public sealed class TraineePagesTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task MyPage_ShowsPlacedCaseReportInAndNotice_AndLeaveRequestStartsALeaveCase_R6_5_R15_1()
    {
        var applicationId = await PlacedTrainees.PlaceAsync(web.Service, 2027, "李明");
        var page = await web.SignedInAsync("trainee.li");

        await page.GotoAsync("/my");

        var application = Application(page, applicationId);
        await Assertions.Expect(application.GetByTestId("my-status")).ToHaveTextAsync("已安排研修");
        await Assertions.Expect(application.GetByTestId("my-unit")).ToHaveTextAsync(PlacedTrainees.Hospital);
        await Assertions.Expect(application.GetByTestId("my-mentor")).ToHaveTextAsync("陈建国");
        var deadline = (await MineAsync()).Single(a => (string?)a!["application"]!["id"] == applicationId)!["batch"]!["reportInDeadline"]!.GetValue<string>();
        await Assertions.Expect(application.GetByTestId("my-report-in")).ToHaveTextAsync($"请于 {deadline} 前到 {PlacedTrainees.Hospital} 急诊科 报到。");
        var notices = await NoticesAsync();
        Assert.NotEmpty(notices);
        await Assertions.Expect(page.GetByTestId("notice")).ToHaveCountAsync(notices.Count);
        await Assertions.Expect(page.GetByTestId("notice-subject").First).ToHaveTextAsync(notices[0]!["subject"]!.GetValue<string>());
        await Assertions.Expect(application.Locator("[data-testid=my-case][data-definition=talent-leave]")).ToHaveCountAsync(0);

        await FillDateAsync(application.GetByTestId("leave-start"), "2027-03-01");
        await FillDateAsync(application.GetByTestId("leave-end"), "2027-03-05");
        await Assertions.Expect(application.GetByTestId("leave-days")).ToHaveTextAsync("共 5 天");
        await application.GetByTestId("leave-reason").Locator("textarea").First.FillAsync("家中老人住院需陪护");
        await application.GetByTestId("request-leave").ClickAsync();

        await Assertions.Expect(application.GetByTestId("leave-requested")).ToHaveTextAsync("已提交 2027-03-01 至 2027-03-05 的请假申请。");
        await Assertions.Expect(application.Locator("[data-testid=my-case][data-definition=talent-leave]")).ToHaveCountAsync(1);
        var cases = (await MineAsync()).Single(a => (string?)a!["application"]!["id"] == applicationId)!["cases"]!.AsArray();
        Assert.Single(cases, c => (string?)c!["definitionId"] == "talent-leave");
    }

    [Fact]
    public async Task LeaveRequest_EndingBeforeItStarts_ShowsTheChineseRefusal_AndStartsNothing_R15_1()
    {
        var applicationId = await PlacedTrainees.PlaceAsync(web.Service, 2028, "李明");
        var page = await web.SignedInAsync("trainee.li");
        await page.GotoAsync("/my");
        var application = Application(page, applicationId);

        await FillDateAsync(application.GetByTestId("leave-start"), "2028-03-05");
        await FillDateAsync(application.GetByTestId("leave-end"), "2028-03-01");
        await application.GetByTestId("leave-reason").Locator("textarea").First.FillAsync("探亲");
        await application.GetByTestId("request-leave").ClickAsync();

        await Assertions.Expect(application.GetByTestId("leave-refused")).ToHaveTextAsync("请假结束日期 2028-03-01 早于开始日期 2028-03-05（R15.1）");
        var cases = (await MineAsync()).Single(a => (string?)a!["application"]!["id"] == applicationId)!["cases"]!.AsArray();
        Assert.DoesNotContain(cases, c => (string?)c!["definitionId"] == "talent-leave");
    }

    [Fact]
    public async Task MyPage_IsNotFound_ForAnOfficial()
    {
        var page = await web.SignedInAsync("eshan.org");

        await page.GotoAsync("/my");

        await Assertions.Expect(page.GetByTestId("page-not-found")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("my-application")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task MyPage_HasNoSeriousOrCriticalAxeViolations()
    {
        await PlacedTrainees.PlaceAsync(web.Service, 2029, "李明");
        var page = await web.SignedInAsync("trainee.li");
        await page.GotoAsync("/my");
        await page.GetByTestId("my-application").First.WaitForAsync();

        var result = await page.RunAxe();
        await Screenshots.SaveAsync(page, "my");
        AxeChecks.AssertNoSerious(result);
    }

    private static ILocator Application(IPage page, string id) => page.Locator($"[data-testid=my-application][data-application-id='{id}']");

    private static async Task FillDateAsync(ILocator field, string date)
    {
        var input = field.Locator("input");
        await input.FillAsync(date);
        await input.BlurAsync();
    }

    private async Task<JsonArray> MineAsync()
    {
        using var api = await web.Service.ApiAsAsync("trainee.li");
        return (await api.GetFromJsonAsync<JsonArray>("/api/me/applications"))!;
    }

    private async Task<JsonArray> NoticesAsync()
    {
        using var api = await web.Service.ApiAsAsync("trainee.li");
        return (await api.GetFromJsonAsync<JsonArray>("/api/me/notices"))!;
    }
}
