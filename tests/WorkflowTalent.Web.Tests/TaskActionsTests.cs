using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WorkflowTalent.Web.Tests.Support;

namespace WorkflowTalent.Web.Tests;

/// <summary>
/// The task page's actions in the browser: the two approvals of a long leave (R15.1), delegate and resolve,
/// reassign to an official of the same role and scope, comments, the case's steps, and moving on to the next task.
/// </summary>
public sealed class TaskActionsTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task LongLeave_ApprovedInBrowserByCountyAndUnitHr_FinishesAndFilesWithCompetentDepartment_R15_1()
    {
        var county = await LeaveCases.StartAsync(web.Service, "林一");
        var instance = await InstanceOfAsync(county);
        var eshan = await web.SignedInAsync("eshan.org");
        await eshan.GotoAsync($"/tasks/{county}");
        await eshan.GetByTestId("field-comment").Locator("textarea").FillAsync("同意");
        await eshan.GetByTestId("comment").Locator("textarea").FillAsync("同意，县委组织部");
        await eshan.GetByTestId("outcome-Approve").ClickAsync();
        await eshan.WaitForURLAsync(url => !url.Contains(county, StringComparison.Ordinal));

        using var hrApi = await web.Service.ApiAsAsync("hospital.hr");
        var unitHr = await TrainingCases.OpenTaskAsync(hrApi, instance, "unitHr");
        var hr = await web.SignedInAsync("hospital.hr");
        await hr.GotoAsync($"/tasks/{unitHr}");
        // The county's decision is part of the case's context on the unit's task.
        await Assertions.Expect(hr.GetByTestId("case-step-county")).ToContainTextAsync("同意，县委组织部");
        await Assertions.Expect(hr.GetByTestId("case-step-county")).ToContainTextAsync("eshan.org");
        await hr.GetByTestId("field-comment").Locator("textarea").FillAsync("同意，请按时返岗");
        await hr.GetByTestId("outcome-Approve").ClickAsync();
        await hr.WaitForURLAsync(url => !url.Contains(unitHr, StringComparison.Ordinal));

        using var admin = await web.Service.ApiAsAsync("admin");
        var @case = await admin.GetFromJsonAsync<JsonObject>($"/api/instances/{instance}");
        Assert.Equal("Finished", @case!["status"]!.GetValue<string>());
        var mails = await admin.GetFromJsonAsync<JsonArray>("/api/outbox");
        Assert.Contains(mails!, m => m!["instanceId"]?.GetValue<string>() == instance
            && m["to"]!.GetValue<string>().Contains("rck@yxwjw.example.cn", StringComparison.Ordinal)
            && m["subject"]!.GetValue<string>().Contains("请假备案", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DelegateThenResolve_ReturnsTheTaskToItsOwner_WhoCompletesIt()
    {
        var deputy = await CreateEshanOfficialAsync("eshan.deputy.");
        var county = await LeaveCases.StartAsync(web.Service, "林二");
        var owner = await web.SignedInAsync("eshan.org");
        await owner.GotoAsync($"/tasks/{county}");

        await owner.GetByTestId("delegate-to").Locator("input").FillAsync(deputy);
        await owner.GetByTestId("delegate").ClickAsync();
        await Assertions.Expect(owner.GetByTestId("delegation-pending")).ToContainTextAsync($"eshan.org 已将此任务委派给 {deputy}");
        Assert.Equal((deputy, "eshan.org", "Pending"), await HolderAsync(county));

        var delegatePage = await web.SignedInAsync(deputy);
        await delegatePage.GotoAsync($"/tasks/{county}");
        await delegatePage.GetByTestId("resolve").ClickAsync();
        await Assertions.Expect(delegatePage.GetByTestId("task-history")).ToContainTextAsync("交回");
        Assert.Equal(("eshan.org", "eshan.org", "Resolved"), await HolderAsync(county));

        await owner.ReloadAsync();
        await owner.GetByTestId("outcome-Approve").ClickAsync();
        await owner.WaitForURLAsync(url => !url.Contains(county, StringComparison.Ordinal));
        using var api = await web.Service.ApiAsAsync("eshan.org");
        var task = await api.GetFromJsonAsync<JsonObject>($"/api/tasks/{county}");
        Assert.Equal(("Completed", "eshan.org"), (task!["task"]!["status"]!.GetValue<string>(), task["completedBy"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Reassign_GivesTheTaskToAnOfficialOfTheSameRoleAndScope_R15_1()
    {
        var colleague = await CreateEshanOfficialAsync("eshan.colleague.");
        var county = await LeaveCases.StartAsync(web.Service, "林三");
        var page = await web.SignedInAsync("eshan.org");
        await page.GotoAsync($"/tasks/{county}");

        await page.GetByTestId("reassign-to").Locator(".mud-select").First.ClickAsync();
        var choices = page.Locator(".mud-popover-open .mud-list-item");
        await Assertions.Expect(choices.Filter(new() { HasText = colleague })).ToHaveCountAsync(1);
        await Assertions.Expect(choices.Filter(new() { HasText = "tonghai.org" })).ToHaveCountAsync(0);
        await choices.Filter(new() { HasText = colleague }).ClickAsync();
        await page.GetByTestId("reassign").ClickAsync();

        await Assertions.Expect(page.GetByTestId("task-assignee")).ToHaveTextAsync($"认领人：{colleague}");
        await Assertions.Expect(page.GetByTestId("task-history")).ToContainTextAsync("转办");
        Assert.Equal((colleague, (string?)null, "None"), await HolderAsync(county));
    }

    [Fact]
    public async Task Comment_IsShownOnThePage_AndStoredOnTheTask()
    {
        var county = await LeaveCases.StartAsync(web.Service, "林四");
        var page = await web.SignedInAsync("eshan.org");
        await page.GotoAsync($"/tasks/{county}");
        await Assertions.Expect(page.GetByTestId("task-comment")).ToHaveCountAsync(0);

        await page.GetByTestId("comment-new").Locator("textarea").FillAsync("请补充医院证明。");
        await page.GetByTestId("comment-add").ClickAsync();

        await Assertions.Expect(page.GetByTestId("task-comment")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("task-comment")).ToContainTextAsync("请补充医院证明。");
        using var api = await web.Service.ApiAsAsync("eshan.org");
        var task = await api.GetFromJsonAsync<JsonObject>($"/api/tasks/{county}");
        Assert.Equal(["请补充医院证明。"], task!["comments"]!.AsArray().Select(c => c!["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Complete_OpensTheNextOpenTaskOfTheInbox_WhenOneIsLeft()
    {
        var first = await LeaveCases.StartAsync(web.Service, "林五");
        await LeaveCases.StartAsync(web.Service, "林六");
        var page = await web.SignedInAsync("eshan.org");
        await page.GotoAsync($"/tasks/{first}");

        await page.GetByTestId("outcome-Approve").ClickAsync();

        await page.WaitForURLAsync(url => !url.Contains(first, StringComparison.Ordinal));
        Assert.Matches("/tasks/[^/]+$", page.Url);
        await Assertions.Expect(page.GetByText("任务已办结，已打开下一项待办任务。")).ToBeVisibleAsync();
        var next = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        using var api = await web.Service.ApiAsAsync("eshan.org");
        var task = await api.GetFromJsonAsync<JsonObject>($"/api/tasks/{next}");
        Assert.Equal("Open", task!["task"]!["status"]!.GetValue<string>());
        await Assertions.Expect(page.GetByTestId("task-title")).ToHaveTextAsync(task["task"]!["title"]!.GetValue<string>());
    }

    private async Task<string> InstanceOfAsync(string taskId)
    {
        using var api = await web.Service.ApiAsAsync("eshan.org");
        var task = await api.GetFromJsonAsync<JsonObject>($"/api/tasks/{taskId}");
        return task!["task"]!["instanceId"]!.GetValue<string>();
    }

    private async Task<(string? Assignee, string? Owner, string Delegation)> HolderAsync(string taskId)
    {
        using var api = await web.Service.ApiAsAsync("admin");
        var row = (await api.GetFromJsonAsync<JsonObject>($"/api/tasks/{taskId}"))!["task"]!;
        return (row["assignee"]?.GetValue<string>(), row["owner"]?.GetValue<string>(), row["delegation"]!.GetValue<string>());
    }

    /// <summary>A second officer of 峨山彝族自治县's Organisation Department, created by the administrator.</summary>
    private async Task<string> CreateEshanOfficialAsync(string prefix)
    {
        var userName = $"{prefix}{Guid.NewGuid().ToString("N")[..6]}";
        using var admin = await web.Service.ApiAsAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/users", new
        {
            userName, displayName = "峨山县委组织部 干部", email = $"{userName}@yuxi.example", password = ServiceProcess.DemoPassword,
            role = "CountyOrganization", scope = LeaveCases.Eshan,
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return userName;
    }
}
