using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WorkflowTalent.Web.Tests.Support;

namespace WorkflowTalent.Web.Tests;

/// <summary>The absence page: an official names a colleague of the same role and scope, who meanwhile has the official's tasks.</summary>
public sealed class AbsenceTests(WebFixture web) : IClassFixture<WebFixture>
{
    private const string CountyRole = "CountyOrganization";

    [Fact]
    public async Task Substitute_SeesAbsentColleaguesClaimedTask_OnlyWhileTheAbsenceRuns_R15_1()
    {
        var absent = await Colleagues.CreateAsync(web.Service, CountyRole, LeaveCases.Eshan, "eshan.away.");
        var substitute = await Colleagues.CreateAsync(web.Service, CountyRole, LeaveCases.Eshan, "eshan.sub.");
        var taskId = await LeaveCases.StartAsync(web.Service, "沈明");
        using (var api = await web.Service.ApiAsAsync(absent))
            (await api.PostAsync($"/api/tasks/{taskId}/claim", null)).EnsureSuccessStatusCode();
        var stand = await web.SignedInAsync(substitute);
        await ShowMineAsync(stand);
        await Assertions.Expect(stand.GetByTestId("inbox-empty")).ToBeVisibleAsync();

        var away = await web.SignedInAsync(absent);
        await away.GotoAsync("/absence");
        await Assertions.Expect(away.GetByTestId("no-absence")).ToBeVisibleAsync();
        // Picked from the colleagues the service would accept: the same county's, not 通海's.
        await Assertions.Expect(away.Locator("[data-testid=substitute-candidate][data-user='tonghai.org']")).ToHaveCountAsync(0);
        await away.Locator($"[data-testid=substitute-candidate][data-user='{substitute}']").ClickAsync();
        await Assertions.Expect(away.GetByTestId("absence-substitute").Locator("input")).ToHaveValueAsync(substitute);
        await away.GetByTestId("set-absence").ClickAsync();
        await Assertions.Expect(away.GetByTestId("absence-saved")).ToHaveTextAsync($"已设置代理人 {substitute}。");
        await Assertions.Expect(away.GetByTestId("absence")).ToHaveAttributeAsync("data-active", "true");
        await Assertions.Expect(away.GetByTestId("absence-text")).ToContainTextAsync($"由 {substitute} 代理");

        await stand.ReloadAsync();
        await ShowMineAsync(stand);
        await Assertions.Expect(stand.GetByTestId("task-link")).ToHaveTextAsync("审批 沈明 的请假（5 天）");
        await Assertions.Expect(stand.GetByTestId("count-mine")).ToContainTextAsync("1");
        await stand.GotoAsync("/absence");
        await Assertions.Expect(stand.GetByTestId("standing-in-for")).ToContainTextAsync($"代理 {absent}");

        await away.GetByTestId("end-absence").ClickAsync();
        await Assertions.Expect(away.GetByTestId("no-absence")).ToBeVisibleAsync();
        await stand.GotoAsync("/inbox");
        await ShowMineAsync(stand);
        await Assertions.Expect(stand.GetByTestId("inbox-empty")).ToBeVisibleAsync();
        Assert.Empty(await SubstitutesAsync(absent));
    }

    [Fact]
    public async Task SetAbsence_RefusesASubstituteOfAnotherCounty()
    {
        var absent = await Colleagues.CreateAsync(web.Service, CountyRole, LeaveCases.Eshan, "eshan.away.");
        var page = await web.SignedInAsync(absent);
        await page.GotoAsync("/absence");

        await page.GetByTestId("absence-substitute").Locator("input").FillAsync("tonghai.org");
        await page.GetByTestId("set-absence").ClickAsync();

        await Assertions.Expect(page.GetByTestId("absence-refused")).ToHaveTextAsync("代理人须与您角色和范围相同。");
        await Assertions.Expect(page.GetByTestId("no-absence")).ToBeVisibleAsync();
        Assert.Empty(await SubstitutesAsync(absent));
    }

    [Fact]
    public async Task AbsencePage_IsNotFound_ForATrainee()
    {
        var page = await web.SignedInAsync("trainee.he");

        await page.GotoAsync("/absence");

        await Assertions.Expect(page.GetByTestId("page-not-found")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("set-absence")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AbsencePage_HasNoSeriousOrCriticalAxeViolations()
    {
        var page = await web.SignedInAsync("tonghai.org");
        await page.GotoAsync("/absence");
        await page.GetByTestId("set-absence").WaitForAsync();

        var result = await page.RunAxe();
        await Screenshots.SaveAsync(page, "absence");
        AxeChecks.AssertNoSerious(result);
    }

    private static async Task ShowMineAsync(IPage page)
    {
        await page.GetByTestId("inbox-show").Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("我认领的", new() { Exact = true }).ClickAsync();
    }

    private async Task<JsonArray> SubstitutesAsync(string userName)
    {
        using var api = await web.Service.ApiAsAsync(userName);
        return (await api.GetFromJsonAsync<JsonArray>("/api/substitutes"))!;
    }
}
