using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WorkflowTalent.Web.Tests.Support;

namespace WorkflowTalent.Web.Tests;

/// <summary>The officials' inbox and task page in the browser, on leave cases that need the county's decision (R15.1).</summary>
public sealed class OfficialInboxTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Inbox_ShowsCountyLeaveTask_WhenSignedInAsThatCounty_R15_1()
    {
        await LeaveCases.StartAsync(web.Service, "张一");

        var page = await web.SignedInAsync("eshan.org");

        var row = page.Locator("tr").Filter(new() { Has = page.GetByTestId("task-link").Filter(new() { HasText = "张一" }) });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("审批 张一 的请假（5 天）");
        await Assertions.Expect(row).ToContainTextAsync("峨山彝族自治县");
        await Assertions.Expect(page.GetByTestId("count-open")).ToContainTextAsync("待办");
    }

    [Fact]
    public async Task TaskPage_ShowsNotFound_WhenAnotherCountyOpensIt_R15_1()
    {
        var taskId = await LeaveCases.StartAsync(web.Service, "张二");

        var page = await web.SignedInAsync("tonghai.org");
        await Assertions.Expect(page.GetByTestId("task-link").Filter(new() { HasText = "张二" })).ToHaveCountAsync(0);
        await page.GotoAsync($"/tasks/{taskId}");

        await Assertions.Expect(page.GetByTestId("task-not-found")).ToHaveTextAsync("任务不存在或您无权查看。");
        await Assertions.Expect(page.GetByTestId("task-title")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TaskPage_ShowsDetailsCaseAndOutcomes_WhenOpenedFromInbox()
    {
        var taskId = await LeaveCases.StartAsync(web.Service, "张三");
        var page = await web.SignedInAsync("eshan.org");

        await page.GetByTestId("task-link").Filter(new() { HasText = "张三" }).ClickAsync();

        await page.WaitForURLAsync($"**/tasks/{taskId}");
        await Assertions.Expect(page.GetByTestId("task-title")).ToHaveTextAsync("审批 张三 的请假（5 天）");
        await Assertions.Expect(page.GetByTestId("task-description")).ToContainTextAsync("R15.1");
        await Assertions.Expect(page.GetByTestId("case-context")).ToContainTextAsync("v1");
        await Assertions.Expect(page.GetByTestId("task-history")).ToContainTextAsync("创建");
        await Assertions.Expect(page.GetByTestId("field-comment")).ToContainTextAsync("审批意见");
        await Assertions.Expect(page.GetByTestId("outcome-Approve")).ToHaveTextAsync("同意");
        await Assertions.Expect(page.GetByTestId("outcome-Reject")).ToHaveTextAsync("不同意");
    }

    [Fact]
    public async Task Complete_WithApprove_MovesCaseOnAndLeavesInbox_R15_1()
    {
        var taskId = await LeaveCases.StartAsync(web.Service, "张四");
        var page = await web.SignedInAsync("eshan.org");
        await page.GotoAsync($"/tasks/{taskId}");

        await page.GetByTestId("field-comment").Locator("textarea").FillAsync("同意请假，注意安全。");
        await page.GetByTestId("outcome-Approve").ClickAsync();

        // Completing moves on to the next open task, or to the inbox when none is left (TaskActionsTests).
        await page.WaitForURLAsync(url => !url.Contains(taskId, StringComparison.Ordinal));
        using var api = await web.Service.ApiAsAsync("eshan.org");
        var task = await api.GetFromJsonAsync<JsonObject>($"/api/tasks/{taskId}");
        Assert.Equal("Completed", task!["task"]!["status"]!.GetValue<string>());
        Assert.Equal("Approve", task["outcome"]!.GetValue<string>());
        Assert.Equal("同意请假，注意安全。", task["data"]!["comment"]!.GetValue<string>());
        Assert.Equal("eshan.org", task["completedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Complete_ShowsChineseFieldMessage_WhenRequiredFieldIsEmpty()
    {
        var taskId = await DisciplineCases.StartAsync(web.Service, "王六");
        var page = await web.SignedInAsync("hospital.unit");
        await page.GotoAsync($"/tasks/{taskId}");

        await page.GetByTestId("outcome-Propose").ClickAsync();

        await Assertions.Expect(page.GetByTestId("task-refused")).ToHaveTextAsync("表单数据有误。");
        await Assertions.Expect(page.GetByTestId("field-reason")).ToContainTextAsync("为必填项。");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/tasks/{taskId}$"));
    }

    [Fact]
    public async Task InboxAndTaskPage_HaveNoSeriousOrCriticalAxeViolations()
    {
        var taskId = await LeaveCases.StartAsync(web.Service, "张五");
        var page = await web.SignedInAsync("eshan.org");
        await page.GetByTestId("task-link").Filter(new() { HasText = "张五" }).WaitForAsync();

        var inbox = await page.RunAxe();
        await Screenshots.SaveAsync(page, "inbox");
        await page.GotoAsync($"/tasks/{taskId}");
        await page.GetByTestId("outcome-Approve").WaitForAsync();
        var task = await page.RunAxe();
        await Screenshots.SaveAsync(page, "task");

        AxeChecks.AssertNoSerious(inbox);
        AxeChecks.AssertNoSerious(task);
    }

}
