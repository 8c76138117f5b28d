using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WorkflowTalent.Web.Tests.Support;

namespace WorkflowTalent.Web.Tests;

/// <summary>
/// The case page: a leave case (R15.1) with its definition drawn as a diagram, where the case stands marked, and its
/// journal as a timeline; only for those who may see the case.
/// </summary>
public sealed class CasePageTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task CasePage_ShowsCountyApprovalCurrentAndStartDone_R15_1_WhenCountyOfficialOpensLongLeave()
    {
        var caseId = await StartLongLeaveAsync("钱一");
        using var official = await web.Service.ApiAsAsync("eshan.org");
        var details = await official.GetFromJsonAsync<JsonObject>($"/api/instances/{caseId}");
        var journal = await official.GetFromJsonAsync<JsonArray>($"/api/instances/{caseId}/journal");
        var countyTask = details!["openTasks"]!.AsArray().Single(t => t!["activityId"]!.GetValue<string>() == "county")!;

        var page = await web.SignedInAsync("eshan.org");
        await page.GotoAsync($"/cases/{caseId}");

        await Assertions.Expect(page.GetByTestId("case-title")).ToHaveTextAsync(details["name"]?.GetValue<string>() ?? "研修人员请假审批");
        await Assertions.Expect(page.GetByTestId("case-id")).ToHaveTextAsync($"编号：{caseId}");
        await Assertions.Expect(page.GetByTestId("case-definition")).ToHaveTextAsync("研修人员请假审批 (v1)");
        await Assertions.Expect(page.GetByTestId("case-status")).ToHaveTextAsync("等待办理");
        await Assertions.Expect(page.GetByTestId("case-ended")).ToHaveTextAsync("—");
        var taskLink = page.GetByTestId("case-task-link").And(page.Locator("[data-activity-id=county]"));
        await Assertions.Expect(taskLink).ToHaveAttributeAsync("href", $"/tasks/{countyTask["id"]!.GetValue<string>()}");
        // The receiving unit's HR step of the same case is named, not linked: its task page is not the county's (R15.1).
        await Assertions.Expect(page.GetByTestId("case-task-link").And(page.Locator("[data-activity-id=unitHr]"))).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("case-task-other").And(page.Locator("[data-activity-id=unitHr]"))).ToHaveCountAsync(1);

        var diagram = page.GetByTestId("workflow-diagram");
        await Assertions.Expect(diagram).ToHaveAttributeAsync("data-layout", "designer");
        await Assertions.Expect(Node(page, "county")).ToHaveAttributeAsync("data-state", "current");
        await Assertions.Expect(Node(page, "unitHr")).ToHaveAttributeAsync("data-state", "current");
        await Assertions.Expect(Node(page, "start")).ToHaveAttributeAsync("data-state", "done");
        await Assertions.Expect(Node(page, "isLongLeave")).ToHaveAttributeAsync("data-state", "done");
        await Assertions.Expect(Node(page, "unit")).ToHaveAttributeAsync("data-state", "pending");
        await Assertions.Expect(Node(page, "end")).ToHaveAttributeAsync("data-state", "pending");
        await Assertions.Expect(page.GetByTestId("diagram-steps").Locator("li[data-activity-id=county]"))
            .ToHaveTextAsync("县区委组织部审批 County approval：当前步骤");
        await Assertions.Expect(page.GetByTestId("diagram-svg")).ToHaveAttributeAsync("role", "img");
        await Assertions.Expect(page.GetByTestId("diagram-svg")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("当前步骤：.*县区委组织部审批"));

        var entries = page.GetByTestId("journal-entry");
        await Assertions.Expect(entries).ToHaveCountAsync(journal!.Count);
        await Assertions.Expect(entries.First.GetByTestId("journal-event")).ToHaveTextAsync("流程启动");
        var countyCreated = entries.And(page.Locator("[data-event=TaskCreated][data-activity-id=county]"));
        await Assertions.Expect(countyCreated.GetByTestId("journal-activity")).ToHaveTextAsync("县区委组织部审批 County approval");
        await Assertions.Expect(countyCreated.GetByTestId("journal-detail")).ToContainTextAsync("县（市、区）委组织部 · 峨山彝族自治县");
    }

    [Fact]
    public async Task CasePage_DrawsDesignerPositions_WhenDefinitionHasThem()
    {
        var caseId = await StartLongLeaveAsync("孙二");
        var definition = await LeaveCases.DefinitionAsAsync("talent-leave");
        var page = await web.SignedInAsync("eshan.org");

        await page.GotoAsync($"/cases/{caseId}");

        await Assertions.Expect(page.GetByTestId("workflow-diagram")).ToHaveAttributeAsync("data-layout", "designer");
        var activities = definition["root"]!["activities"]!.AsArray();
        await Assertions.Expect(page.GetByTestId("diagram-node")).ToHaveCountAsync(activities.Count);
        foreach (var id in new[] { "start", "county", "remindCounty", "endShort" })
        {
            var designer = activities.Single(a => a!["id"]!.GetValue<string>() == id)!["metadata"]!["designer"]!;
            var rect = Node(page, id).Locator("rect");
            await Assertions.Expect(rect).ToHaveAttributeAsync("x", Number(designer["position"]!["x"]!));
            await Assertions.Expect(rect).ToHaveAttributeAsync("y", Number(designer["position"]!["y"]!));
            await Assertions.Expect(rect).ToHaveAttributeAsync("width", Number(designer["size"]!["width"]!));
        }
        await Assertions.Expect(page.GetByTestId("diagram-edge")).ToHaveCountAsync(definition["root"]!["connections"]!.AsArray().Count);
    }

    [Fact]
    public async Task CasePage_LaysOutWithElk_WhenDefinitionHasNoDesignerPositions()
    {
        // The leave process published again under another id with every designer position removed.
        var definition = LeaveCases.WithoutDesignerPositions(await LeaveCases.DefinitionAsAsync("case-page-elk"));
        await LeaveCases.SaveAsync(web.Service, definition);
        using var admin = await web.Service.ApiAsAsync("admin");
        var started = await admin.PostAsJsonAsync("/api/instances", new { definitionId = "case-page-elk", input = LeaveCases.LongLeave("周三") });
        started.EnsureSuccessStatusCode();
        var caseId = (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var page = await web.SignedInAsync("admin");
        await page.GotoAsync($"/cases/{caseId}");

        await Assertions.Expect(page.GetByTestId("workflow-diagram")).ToHaveAttributeAsync("data-layout", "elk");
        var activities = definition["root"]!["activities"]!.AsArray().Count;
        await Assertions.Expect(page.GetByTestId("diagram-node")).ToHaveCountAsync(activities);
        await Assertions.Expect(Node(page, "county")).ToHaveAttributeAsync("data-state", "current");
        await Assertions.Expect(Node(page, "start")).ToHaveAttributeAsync("data-state", "done");

        var boxes = await page.GetByTestId("diagram-node").EvaluateAllAsync<double[][]>(
            "nodes => nodes.map(n => ['x', 'y', 'width', 'height'].map(k => Number(n.dataset[k])))");
        Assert.Equal(activities, boxes.Length);
        for (var i = 0; i < boxes.Length; i++)
        {
            for (var j = i + 1; j < boxes.Length; j++)
                Assert.False(Overlap(boxes[i], boxes[j]), $"nodes {i} and {j} overlap: {string.Join(',', boxes[i])} / {string.Join(',', boxes[j])}");
        }
        // Layered left to right: every step after the start stands to its right.
        var start = boxes[0];
        Assert.All(boxes.Skip(1), b => Assert.True(b[0] > start[0] + start[2], "a step stands left of the start"));

        var edges = page.GetByTestId("diagram-edge");
        await Assertions.Expect(edges).ToHaveCountAsync(definition["root"]!["connections"]!.AsArray().Count);
        var paths = await edges.Locator("path").EvaluateAllAsync<string[]>("paths => paths.map(p => p.getAttribute('d'))");
        Assert.All(paths, d => Assert.Matches(@"^M [-\d.]+ [-\d.]+( L [-\d.]+ [-\d.]+)+$", d));
    }

    [Fact]
    public async Task CasePage_ShowsNotFound_WhenOfficialOfAnotherCountyOpensIt()
    {
        var caseId = await StartLongLeaveAsync("吴四");
        var page = await web.SignedInAsync("tonghai.org");

        await page.GotoAsync($"/cases/{caseId}");

        await Assertions.Expect(page.GetByTestId("case-not-found")).ToHaveTextAsync("案件不存在或您无权查看。");
        await Assertions.Expect(page.GetByTestId("workflow-diagram")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("case-journal")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task CasePage_ShowsEnglishTexts_WhenLanguageIsSwitched()
    {
        var caseId = await StartLongLeaveAsync("冯六");
        var page = await web.SignedInAsync("eshan.org");
        await page.GotoAsync($"/cases/{caseId}");
        await Node(page, "county").WaitForAsync();

        await page.GetByTestId("language-switch").ClickAsync();

        await Assertions.Expect(page.GetByTestId("case-status")).ToHaveTextAsync("Waiting");
        await Assertions.Expect(page.GetByTestId("diagram-steps").Locator("li[data-activity-id=county]"))
            .ToHaveTextAsync("县区委组织部审批 County approval: current step");
        await Assertions.Expect(page.GetByTestId("journal-entry").First.GetByTestId("journal-event")).ToHaveTextAsync("Started");
    }

    [Fact]
    public async Task CasePage_OffersTheApplicationsForms_WhereTheCaseHasOne_R6_1()
    {
        var applicationId = await PlacedTrainees.PlaceAsync(web.Service, 2031, "钱六");
        using var county = await web.Service.ApiAsAsync("eshan.org");
        var cases = await county.GetFromJsonAsync<JsonObject>($"/api/instances?correlationId={applicationId}");
        var caseId = cases!["items"]!.AsArray().First()!["id"]!.GetValue<string>();

        var page = await web.SignedInAsync("eshan.org");
        await page.GotoAsync($"/cases/{caseId}");

        await Assertions.Expect(page.GetByTestId("case-documents")).ToContainTextAsync("钱六 的申请材料");
        var form = page.GetByTestId("case-application-form");
        await Assertions.Expect(form).ToHaveAttributeAsync("href", $"/api/plan/applications/{applicationId}/application-form.xlsx");
        // The browser's own sign-in downloads it: an Excel workbook (a zip).
        var download = await page.APIRequest.GetAsync((await form.GetAttributeAsync("href"))!);
        Assert.Equal(200, download.Status);
        Assert.Equal("PK"u8.ToArray(), (await download.BodyAsync())[..2]);

        // A leave case with no application behind it offers no forms.
        var leave = await page.Context.NewPageAsync();
        await leave.GotoAsync($"/cases/{await StartLongLeaveAsync("钱七")}");
        await leave.GetByTestId("case-title").WaitForAsync();
        await Assertions.Expect(leave.GetByTestId("case-documents")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task CasePage_HasNoSeriousOrCriticalAxeViolations()
    {
        var caseId = await StartLongLeaveAsync("郑五");
        var page = await web.SignedInAsync("eshan.org");
        await page.GotoAsync($"/cases/{caseId}");
        await Node(page, "county").WaitForAsync();

        var result = await page.RunAxe();
        await Screenshots.SaveAsync(page, "case");
        AxeChecks.AssertNoSerious(result);
    }

    private static ILocator Node(IPage page, string activityId) =>
        page.Locator($"[data-testid=diagram-node][data-activity-id={activityId}]");

    private static string Number(JsonNode value) => value.GetValue<double>().ToString("0.##", CultureInfo.InvariantCulture);

    private static bool Overlap(double[] a, double[] b) =>
        a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];

    private async Task<string> StartLongLeaveAsync(string traineeName)
    {
        using var trainee = await web.Service.ApiAsAsync("trainee.li");
        var started = await trainee.PostAsJsonAsync("/api/instances", new { definitionId = "talent-leave", input = LeaveCases.LongLeave(traineeName) });
        started.EnsureSuccessStatusCode();
        return (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }
}
