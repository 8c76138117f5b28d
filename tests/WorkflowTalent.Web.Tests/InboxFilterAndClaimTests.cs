using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WorkflowTalent.Web.Tests.Support;

namespace WorkflowTalent.Web.Tests;

/// <summary>The inbox's search and filters, and claiming and releasing a task from its page, on the county's leave tasks (R15.1).</summary>
public sealed class InboxFilterAndClaimTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Search_NarrowsInboxToThatTraineesTask_WhenNameIsTyped()
    {
        await LeaveCases.StartAsync(web.Service, "周明");
        await LeaveCases.StartAsync(web.Service, "吴刚");
        var page = await web.SignedInAsync("eshan.org");
        await Assertions.Expect(TaskLink(page, "周明")).ToHaveCountAsync(1);
        await Assertions.Expect(TaskLink(page, "吴刚")).ToHaveCountAsync(1);

        await page.GetByTestId("inbox-search").Locator("input").FillAsync("周明");

        await Assertions.Expect(page.GetByTestId("task-link")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("task-link")).ToHaveTextAsync("审批 周明 的请假（5 天）");
    }

    [Fact]
    public async Task Search_ShowsEmptyInbox_WhenNoTraineeMatches()
    {
        await LeaveCases.StartAsync(web.Service, "孙亮");
        var page = await web.SignedInAsync("eshan.org");
        await Assertions.Expect(TaskLink(page, "孙亮")).ToHaveCountAsync(1);

        await page.GetByTestId("inbox-search").Locator("input").FillAsync("不存在的人");

        await Assertions.Expect(page.GetByTestId("inbox-empty")).ToHaveTextAsync("暂无待办任务。");
        await Assertions.Expect(page.GetByTestId("task-link")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ShowMine_ListsOnlyClaimedTasks_WhenChosen()
    {
        var claimed = await LeaveCases.StartAsync(web.Service, "钱多");
        await LeaveCases.StartAsync(web.Service, "李少");
        using (var api = await web.Service.ApiAsAsync("eshan.org"))
            (await api.PostAsync($"/api/tasks/{claimed}/claim", null)).EnsureSuccessStatusCode();
        var page = await web.SignedInAsync("eshan.org");
        await Assertions.Expect(TaskLink(page, "李少")).ToHaveCountAsync(1);

        await page.GetByTestId("inbox-show").Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("我认领的", new() { Exact = true }).ClickAsync();

        await Assertions.Expect(TaskLink(page, "李少")).ToHaveCountAsync(0);
        await Assertions.Expect(TaskLink(page, "钱多")).ToHaveCountAsync(1);
        var row = page.Locator("tr").Filter(new() { Has = TaskLink(page, "钱多") });
        await Assertions.Expect(row.GetByTestId("task-assignee")).ToHaveTextAsync("认领人：eshan.org");
    }

    [Fact]
    public async Task Overdue_IsMarkedAndFiltered_WhenTheApprovalTimeHasPassed_R15_1()
    {
        // The leave process whose approval time (approvalDue, R15.1) is a date already past: its tasks are born overdue.
        var definition = await LeaveCases.DefinitionAsAsync("overdue-leave");
        definition["variables"]!.AsArray().Single(v => (string?)v!["name"] == "approvalDue")!["value"] = "2020-01-01T00:00:00+08:00";
        await LeaveCases.SaveAsync(web.Service, definition);
        using (var trainee = await web.Service.ApiAsAsync("trainee.li"))
            (await trainee.PostAsJsonAsync("/api/instances", new { definitionId = "overdue-leave", input = LeaveCases.LongLeave("郑过期") })).EnsureSuccessStatusCode();
        await LeaveCases.StartAsync(web.Service, "郑准时");
        var page = await web.SignedInAsync("eshan.org");

        var late = page.Locator("tr").Filter(new() { Has = TaskLink(page, "郑过期") });
        var onTime = page.Locator("tr").Filter(new() { Has = TaskLink(page, "郑准时") });
        await Assertions.Expect(late.GetByTestId("overdue")).ToHaveTextAsync("已逾期");
        await Assertions.Expect(onTime.GetByTestId("overdue")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("count-overdue")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^逾期 [1-9]"));

        await page.GetByTestId("inbox-show").Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("已逾期", new() { Exact = true }).ClickAsync();

        await Assertions.Expect(TaskLink(page, "郑准时")).ToHaveCountAsync(0);
        await Assertions.Expect(TaskLink(page, "郑过期")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task ClaimThenRelease_ChangesAssigneeOnPageAndInApi_R15_1()
    {
        var taskId = await LeaveCases.StartAsync(web.Service, "郑华");
        var page = await web.SignedInAsync("eshan.org");
        await page.GotoAsync($"/tasks/{taskId}");
        await Assertions.Expect(page.GetByTestId("task-assignee")).ToHaveTextAsync("尚未认领");
        await Assertions.Expect(page.GetByTestId("release")).ToHaveCountAsync(0);

        await page.GetByTestId("claim").ClickAsync();

        await Assertions.Expect(page.GetByTestId("task-assignee")).ToHaveTextAsync("认领人：eshan.org");
        await Assertions.Expect(page.GetByTestId("claim")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("task-history")).ToContainTextAsync("认领");
        Assert.Equal("eshan.org", (await AssigneeAsync(taskId))?.GetValue<string>());

        await page.GetByTestId("release").ClickAsync();

        await Assertions.Expect(page.GetByTestId("task-assignee")).ToHaveTextAsync("尚未认领");
        await Assertions.Expect(page.GetByTestId("release")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("claim")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("task-history")).ToContainTextAsync("释放");
        Assert.Null(await AssigneeAsync(taskId));
    }

    private static ILocator TaskLink(IPage page, string traineeName) =>
        page.GetByTestId("task-link").Filter(new() { HasText = traineeName });

    private async Task<JsonNode?> AssigneeAsync(string taskId)
    {
        using var api = await web.Service.ApiAsAsync("eshan.org");
        var task = await api.GetFromJsonAsync<JsonObject>($"/api/tasks/{taskId}");
        return task!["task"]!["assignee"];
    }
}
