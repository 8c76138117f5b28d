using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WorkflowTalent.Web.Tests.Support;

namespace WorkflowTalent.Web.Tests;

/// <summary>Saved inbox filters (mine, my department's) and bulk actions on the county's leave tasks (R15.1).</summary>
public sealed class InboxBulkAndFiltersTests(WebFixture web) : IClassFixture<WebFixture>
{
    private const string CountyRole = "CountyOrganization";

    [Fact]
    public async Task SharedFilter_AppearsForColleagueOfSameCounty_NotForAnotherCounty()
    {
        await LeaveCases.StartAsync(web.Service, "冯雪");
        var colleague = await Colleagues.CreateAsync(web.Service, CountyRole, LeaveCases.Eshan, "eshan.b.");
        var name = $"冯雪请假{Guid.NewGuid().ToString("N")[..4]}";
        var page = await web.SignedInAsync("eshan.org");
        await page.GetByTestId("inbox-search").Locator("input").FillAsync("冯雪");
        await Assertions.Expect(page.GetByTestId("task-link")).ToHaveCountAsync(1);

        await page.GetByTestId("filter-name").Locator("input").FillAsync(name);
        await page.GetByTestId("filter-shared").Locator("input[type=checkbox]").CheckAsync();
        await page.GetByTestId("save-filter").ClickAsync();
        await Assertions.Expect(page.GetByTestId("filter-saved")).ToHaveTextAsync($"已保存筛选“{name}”。");

        var other = await web.SignedInAsync(colleague);
        await OpenSavedFiltersAsync(other);
        await other.Locator(".mud-popover-open").GetByText($"{name}（eshan.org 共享）", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(other.GetByTestId("inbox-search").Locator("input")).ToHaveValueAsync("冯雪");
        await Assertions.Expect(other.GetByTestId("task-link")).ToHaveCountAsync(1);
        await Assertions.Expect(other.GetByTestId("task-link")).ToHaveTextAsync("审批 冯雪 的请假（5 天）");
        // To a colleague a shared filter is read-only.
        await Assertions.Expect(other.GetByTestId("delete-filter")).ToHaveCountAsync(0);

        var outsider = await web.SignedInAsync("tonghai.org");
        await OpenSavedFiltersAsync(outsider);
        await Assertions.Expect(outsider.Locator(".mud-popover-open").GetByText(name)).ToHaveCountAsync(0);
        Assert.DoesNotContain(name, await FilterNamesAsync("tonghai.org"));
        Assert.Contains(name, await FilterNamesAsync(colleague));
    }

    [Fact]
    public async Task DeleteFilter_RemovesMyOwnFilter()
    {
        var name = $"我的筛选{Guid.NewGuid().ToString("N")[..4]}";
        var page = await web.SignedInAsync("eshan.org");
        await page.GetByTestId("filter-name").Locator("input").FillAsync(name);
        await page.GetByTestId("save-filter").ClickAsync();
        await Assertions.Expect(page.GetByTestId("filter-saved")).ToBeVisibleAsync();
        Assert.Contains(name, await FilterNamesAsync("eshan.org"));

        await page.GetByTestId("delete-filter").ClickAsync();

        await Assertions.Expect(page.GetByTestId("filter-saved")).ToHaveTextAsync($"已删除筛选“{name}”。");
        Assert.DoesNotContain(name, await FilterNamesAsync("eshan.org"));
    }

    [Fact]
    public async Task BulkComplete_ApprovesBothSelectedLeaveTasks_R15_1()
    {
        var first = await LeaveCases.StartAsync(web.Service, "褚一甲");
        var second = await LeaveCases.StartAsync(web.Service, "褚一乙");
        var page = await web.SignedInAsync("eshan.org");
        await page.GetByTestId("inbox-search").Locator("input").FillAsync("褚一");
        await Assertions.Expect(page.GetByTestId("task-link")).ToHaveCountAsync(2);

        await page.GetByTestId("select-page").CheckAsync();
        await Assertions.Expect(page.GetByTestId("bulk-count")).ToHaveTextAsync("已选 2 项");
        await page.GetByTestId("bulk-complete").ClickAsync();
        await Assertions.Expect(page.GetByTestId("bulk-outcome").Locator("input").First).ToHaveValueAsync("同意");
        await page.GetByTestId("bulk-comment").Locator("input").FillAsync("同意请假");
        await page.GetByTestId("bulk-complete-confirm").ClickAsync();

        await Assertions.Expect(page.GetByTestId("bulk-result")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-testid=bulk-result][data-done=true]")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("bulk-result").First).ToContainTextAsync("已完成");
        await Assertions.Expect(page.GetByTestId("inbox-empty")).ToBeVisibleAsync();
        foreach (var id in new[] { first, second })
        {
            var task = await TaskAsync("eshan.org", id);
            Assert.Equal(("Completed", "Approve"), (task["task"]!["status"]!.GetValue<string>(), task["outcome"]!.GetValue<string>()));
        }

        // The status filter lists them among the completed tasks.
        await page.GetByTestId("inbox-status").Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("已办结", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("task-link")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task BulkClaim_ShowsEachTasksAnswer_RefusingOneClaimedByAColleague()
    {
        var free = await LeaveCases.StartAsync(web.Service, "卫二甲");
        var taken = await LeaveCases.StartAsync(web.Service, "卫二乙");
        var colleague = await Colleagues.CreateAsync(web.Service, CountyRole, LeaveCases.Eshan, "eshan.c.");
        using (var api = await web.Service.ApiAsAsync(colleague))
            (await api.PostAsync($"/api/tasks/{taken}/claim", null)).EnsureSuccessStatusCode();
        var page = await web.SignedInAsync("eshan.org");
        await page.GetByTestId("inbox-search").Locator("input").FillAsync("卫二");
        await Assertions.Expect(page.GetByTestId("task-link")).ToHaveCountAsync(2);

        await page.Locator($"[data-testid=select-task][data-task-id='{free}']").CheckAsync();
        await page.Locator($"[data-testid=select-task][data-task-id='{taken}']").CheckAsync();
        await page.GetByTestId("bulk-claim").ClickAsync();

        await Assertions.Expect(page.Locator($"[data-testid=bulk-result][data-task-id='{free}']")).ToContainTextAsync("已完成");
        var refused = page.Locator($"[data-testid=bulk-result][data-task-id='{taken}']");
        await Assertions.Expect(refused).ToHaveAttributeAsync("data-done", "false");
        await Assertions.Expect(refused).ToContainTextAsync($"未完成：任务已被他人认领（{colleague}）。");
        Assert.Equal("eshan.org", (await TaskAsync("eshan.org", free))["task"]!["assignee"]!.GetValue<string>());
        Assert.Equal(colleague, (await TaskAsync("eshan.org", taken))["task"]!["assignee"]!.GetValue<string>());
    }

    [Fact]
    public async Task BulkReassign_MovesBothTasksToTheColleague_WhoseHoldTheReassignerCannotRelease()
    {
        var first = await LeaveCases.StartAsync(web.Service, "杨六甲");
        var second = await LeaveCases.StartAsync(web.Service, "杨六乙");
        var colleague = await Colleagues.CreateAsync(web.Service, CountyRole, LeaveCases.Eshan, "eshan.d.");
        var page = await web.SignedInAsync("eshan.org");
        await page.GetByTestId("inbox-search").Locator("input").FillAsync("杨六");
        await Assertions.Expect(page.GetByTestId("task-link")).ToHaveCountAsync(2);

        await page.GetByTestId("select-page").CheckAsync();
        await page.GetByTestId("bulk-reassign").ClickAsync();
        await page.GetByTestId("bulk-user").Locator("input").FillAsync(colleague);
        await page.GetByTestId("bulk-reassign-confirm").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=bulk-result][data-done=true]")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("task-assignee")).ToHaveTextAsync([$"认领人：{colleague}", $"认领人：{colleague}"]);
        Assert.Equal([colleague, colleague], [(await TaskAsync("eshan.org", first))["task"]!["assignee"]!.GetValue<string>(), (await TaskAsync("eshan.org", second))["task"]!["assignee"]!.GetValue<string>()]);

        await page.GetByTestId("select-page").CheckAsync();
        await page.GetByTestId("bulk-release").ClickAsync();

        // Only the holder (or their substitute) gives a task back: each refusal says who holds it.
        await Assertions.Expect(page.Locator("[data-testid=bulk-result][data-done=false]")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator($"[data-testid=bulk-result][data-task-id='{first}']")).ToContainTextAsync($"未完成：任务已被他人认领（{colleague}）。");
        Assert.Equal(colleague, (await TaskAsync("eshan.org", first))["task"]!["assignee"]!.GetValue<string>());
    }

    [Fact]
    public async Task StepFilter_ListsOnlyTasksOfThatStep_R15_1()
    {
        await LeaveCases.StartAsync(web.Service, "蒋三");
        var page = await web.SignedInAsync("hospital.hr");
        await page.GetByTestId("inbox-search").Locator("input").FillAsync("蒋三");
        await Assertions.Expect(page.GetByTestId("task-link")).ToHaveCountAsync(1);

        await page.GetByTestId("inbox-process").Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "研修人员请假审批" }).First.ClickAsync();
        // The step list is the process's: it opens once the process is chosen and its steps are read.
        await Assertions.Expect(page.GetByTestId("inbox-step").Locator("input").First).ToBeEnabledAsync();
        await page.GetByTestId("inbox-step").Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("县区委组织部审批", new() { Exact = true }).ClickAsync();

        // The unit's HR office has the unitHr step of this case, not the county's.
        await Assertions.Expect(page.GetByTestId("inbox-empty")).ToBeVisibleAsync();
        await page.GetByTestId("inbox-step").Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("接收单位组织人事科审批", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("task-link")).ToHaveCountAsync(1);
    }

    private static Task OpenSavedFiltersAsync(IPage page) => page.GetByTestId("saved-filters").Locator(".mud-select").First.ClickAsync();

    private async Task<List<string>> FilterNamesAsync(string userName)
    {
        using var api = await web.Service.ApiAsAsync(userName);
        var filters = await api.GetFromJsonAsync<JsonArray>("/api/tasks/filters");
        return [.. filters!.Select(f => f!["name"]!.GetValue<string>())];
    }

    private async Task<JsonObject> TaskAsync(string userName, string taskId)
    {
        using var api = await web.Service.ApiAsAsync(userName);
        return (await api.GetFromJsonAsync<JsonObject>($"/api/tasks/{taskId}"))!;
    }
}
