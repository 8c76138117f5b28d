using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WorkflowTalent.Web.Tests.Support;

namespace WorkflowTalent.Web.Tests;

/// <summary>
/// The administrators' definition editor (issue 6): live validation with paths that lead to their place in the text,
/// the settings form, simulation, publishing a new version of talent-leave (R15.1) while running cases stay on theirs,
/// and the version actions retire and roll back.
/// </summary>
public sealed class DefinitionEditorTests(WebFixture web) : IClassFixture<WebFixture>
{
    // Points the first connection that targets `from` at `to`, as a keystroke would (Monaco's change event fires),
    // and answers the line of that connection's "target" property: where its problem should put the cursor.
    private const string Retarget = """
        ([from, to]) => {
          const editor = monaco.editor.getEditors()[0], model = editor.getModel();
          const match = new RegExp('"target":\\s*\\{\\s*"activity":\\s*"' + from + '"').exec(model.getValue());
          const start = match.index + match[0].lastIndexOf(from);
          const a = model.getPositionAt(start), b = model.getPositionAt(start + from.length);
          editor.executeEdits('test', [{ range: new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column), text: to }]);
          return model.getPositionAt(match.index).lineNumber;
        }
        """;

    // Validating or simulating a whole definition takes the service a few seconds on a loaded 2-core machine.
    private static readonly LocatorAssertionsToBeVisibleOptions Validated = new() { Timeout = 30_000 };
    private static readonly LocatorAssertionsToContainTextOptions ValidatedText = new() { Timeout = 30_000 };

    private const string EditorText = "() => monaco.editor.getEditors()[0].getModel().getValue()";

    [Fact]
    public async Task Editor_PublishesVersion2OfLeave_WhileARunningCaseStaysOnVersion1_R15_1()
    {
        var before = await StartLeaveAsync("钱一");
        Assert.Equal(1, before.Version);

        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/definitions/talent-leave");
        await page.GetByTestId("edit-definition").ClickAsync();
        await page.WaitForURLAsync("**/admin/definitions/talent-leave/edit");
        await OpenedAsync(page);
        await Assertions.Expect(page.GetByTestId("editor-base")).ToContainTextAsync("v1");

        // Broken: a connection to an activity that does not exist.
        var line = await RetargetAsync(page, "checkDates", "missingStep");
        var problem = page.GetByTestId("problem").Filter(new() { HasText = "missingStep" });
        await Assertions.Expect(problem).ToBeVisibleAsync(Validated);
        var path = await problem.GetAttributeAsync("data-path");
        Assert.Matches(@"^root\.connections\[\d+\]\.target$", path);
        await Assertions.Expect(problem.GetByTestId("problem-path")).ToHaveTextAsync(path!);
        await Assertions.Expect(page.GetByTestId("editor-status")).ToContainTextAsync("1 个错误");
        await Assertions.Expect(page.GetByTestId("editor-publish")).ToBeDisabledAsync();

        await problem.ClickAsync();
        await Assertions.Expect(page.GetByTestId("editor-cursor")).ToContainTextAsync($"第 {line} 行");
        Assert.Equal(line, await page.EvaluateAsync<int>("() => monaco.editor.getEditors()[0].getPosition().lineNumber"));
        await Assertions.Expect(page.Locator(".definition-editor-error-line")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "editor");

        // Fixed again.
        await RetargetAsync(page, "missingStep", "checkDates");
        await Assertions.Expect(page.GetByTestId("problems-none")).ToBeVisibleAsync(Validated);
        await Assertions.Expect(page.GetByTestId("editor-status")).ToContainTextAsync("没有问题", ValidatedText);

        // Five days instead of three for every approver, through the settings form.
        await page.GetByRole(AriaRole.Tab, new() { Name = "设置" }).ClickAsync();
        var due = page.GetByLabel("approvalDue 的默认值", new() { Exact = true });
        await Assertions.Expect(due).ToHaveValueAsync("P3D");
        await due.FillAsync("P5D");
        await due.PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("editor-unsaved")).ToBeVisibleAsync();
        var edited = JsonNode.Parse(await page.EvaluateAsync<string>(EditorText))!;
        Assert.Equal("P5D", ApprovalDue(edited));
        await Assertions.Expect(page.GetByTestId("editor-publish")).ToBeEnabledAsync();

        // Simulated: the sample script saves the draft (v2) first and runs it.
        await page.GetByRole(AriaRole.Tab, new() { Name = "模拟运行" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("模拟脚本", new() { Exact = true })).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("long|李明|R15\\.1"));
        await page.GetByTestId("simulate-run").ClickAsync();
        await Assertions.Expect(page.GetByTestId("simulate-outcome")).ToContainTextAsync("Finished", ValidatedText);
        await Assertions.Expect(page.GetByTestId("simulate-journal")).ToContainTextAsync("TaskCreated");
        await Assertions.Expect(page.GetByTestId("simulate-journal")).ToContainTextAsync("TaskCompleted");
        await Assertions.Expect(page.GetByTestId("simulate-failure")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("editor-base")).ToContainTextAsync("草稿 v2");
        Assert.Equal("P5D", ApprovalDue(JsonNode.Parse(await VersionJsonAsync(2))!));

        await page.GetByTestId("editor-publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("editor-message")).ToContainTextAsync("已发布 v2", ValidatedText);

        await page.GetByRole(AriaRole.Tab, new() { Name = "版本比较" }).ClickAsync();
        await page.GetByTestId("diff-run").ClickAsync();
        await Assertions.Expect(page.GetByTestId("diff-summary")).ToContainTextAsync("v1 → v2");
        await Assertions.Expect(page.GetByTestId("diff-changes")).ToContainTextAsync("approvalDue");
        await Assertions.Expect(page.GetByTestId("diff-unified")).ToContainTextAsync("P5D");

        var after = await StartLeaveAsync("孙二");
        Assert.Equal(2, after.Version);
        Assert.Equal(1, await InstanceVersionAsync(before.Id));
        Assert.Equal(2, await InstanceVersionAsync(after.Id));

        await page.GotoAsync("/admin/definitions/talent-leave");
        var running = await RunningAsync();
        await Assertions.Expect(page.GetByTestId("version-2").GetByTestId("version-status")).ToHaveTextAsync("已发布");
        await Assertions.Expect(page.GetByTestId("version-1").GetByTestId("version-status")).ToHaveTextAsync("已停用");
        await Assertions.Expect(page.GetByTestId("version-2").GetByTestId("running-cases")).ToHaveTextAsync(running[2].ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByTestId("version-1").GetByTestId("running-cases")).ToHaveTextAsync(running[1].ToString(CultureInfo.InvariantCulture));
        Assert.True(running[1] >= 1 && running[2] == 1, $"v1 {running[1]}, v2 {running[2]}");
    }

    [Fact]
    public async Task VersionActions_RetireAndRollBack_WithRunningCasesShownPerVersion()
    {
        const string definition = "talent-discipline";
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync($"/admin/definitions/{definition}");

        await page.GetByTestId("version-1").GetByTestId("retire-version").ClickAsync();

        await Assertions.Expect(page.GetByTestId("version-action-message")).ToContainTextAsync("已停用 v1");
        await Assertions.Expect(page.GetByTestId("version-1").GetByTestId("version-status")).ToHaveTextAsync("已停用");
        Assert.Equal("Retired", await StatusAsync(definition, 1));

        await page.GetByTestId("version-1").GetByTestId("republish-version").ClickAsync();

        await Assertions.Expect(page.GetByTestId("version-action-message")).ToContainTextAsync("已回滚到 v1：其副本已发布为 v2");
        await Assertions.Expect(page.GetByTestId("version-2").GetByTestId("version-status")).ToHaveTextAsync("已发布");
        await Assertions.Expect(page.GetByTestId("version-2").GetByTestId("running-cases")).ToHaveTextAsync("0");
        Assert.Equal(("Retired", "Published"), (await StatusAsync(definition, 1), await StatusAsync(definition, 2)));
        var v1 = JsonNode.Parse(await VersionJsonAsync(1, definition))!;
        var v2 = JsonNode.Parse(await VersionJsonAsync(2, definition))!;
        Assert.True(JsonNode.DeepEquals(v1["root"], v2["root"]), "the roll-back publishes a copy of version 1");
    }

    [Fact]
    public async Task EditorPage_ShowsNotFound_ForAnUnknownDefinitionOrANonAdministrator()
    {
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/definitions/no-such-process/edit");
        await Assertions.Expect(page.GetByTestId("definition-not-found")).ToHaveTextAsync("流程定义不存在。");

        var official = await web.SignedInAsync("eshan.org");
        await official.GotoAsync("/admin/definitions/talent-leave/edit");
        await Assertions.Expect(official.GetByTestId("page-not-found")).ToBeVisibleAsync();
        await Assertions.Expect(official.Locator("#definition-editor")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task DiagramTab_DrawsTheTextBeingEdited_WithElkBesideMonacosLoader()
    {
        // talent-leave without designer positions, so the preview needs elkjs's layout while Monaco's AMD loader is on
        // the page (elk's bundle then registers as an AMD module instead of setting window.ELK).
        var definition = LeaveCases.WithoutDesignerPositions(await LeaveCases.DefinitionAsAsync("editor-elk"));
        await LeaveCases.SaveAsync(web.Service, definition, publish: false);
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/definitions/editor-elk/edit");
        await OpenedAsync(page);

        await page.GetByRole(AriaRole.Tab, new() { Name = "流程图" }).ClickAsync();

        var diagram = page.GetByTestId("editor-diagram").GetByTestId("workflow-diagram");
        await Assertions.Expect(diagram).ToHaveAttributeAsync("data-layout", "elk");
        await Assertions.Expect(diagram.GetByTestId("diagram-node")).ToHaveCountAsync(definition["root"]!["activities"]!.AsArray().Count);
        await Assertions.Expect(diagram.GetByTestId("diagram-edge")).ToHaveCountAsync(definition["root"]!["connections"]!.AsArray().Count);

        // An edit in the JSON reaches the picture: the county step's label changes after the validation delay.
        await page.EvaluateAsync("""
            () => {
              const editor = monaco.editor.getEditors()[0], model = editor.getModel();
              const text = model.getValue(), at = text.indexOf('县区委组织部审批');
              const a = model.getPositionAt(at), b = model.getPositionAt(at + '县区委组织部审批'.length);
              editor.executeEdits('test', [{ range: new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column), text: '县委组织部初审' }]);
            }
            """);
        await Assertions.Expect(diagram.Locator("[data-testid=diagram-node][data-activity-id=county]")).ToContainTextAsync("县委组织部初审");
    }

    [Fact]
    public async Task EditorPage_HasNoSeriousOrCriticalAxeViolations()
    {
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/definitions/talent-training/edit");
        await OpenedAsync(page);

        // Monaco's own markup (its hidden text area, line numbers and overlays) is the library's; our page is the rest.
        var json = await page.RunAxe(new AxeRunContext { Exclude = [new AxeSelector("#definition-editor")] });
        await page.GetByRole(AriaRole.Tab, new() { Name = "设置" }).ClickAsync();
        await page.GetByTestId("setting-role").First.WaitForAsync();
        var settings = await page.RunAxe(new AxeRunContext { Exclude = [new AxeSelector("#definition-editor")] });

        AxeChecks.AssertNoSerious(json);
        AxeChecks.AssertNoSerious(settings);
    }

    private static Task<int> RetargetAsync(IPage page, string from, string to) => page.EvaluateAsync<int>(Retarget, new[] { from, to });

    private static async Task OpenedAsync(IPage page)
    {
        await page.Locator("[data-testid=editor-pane][data-editor-ready=true]").WaitForAsync();
        await page.WaitForFunctionAsync("() => window.monaco && monaco.editor.getEditors().length > 0 && monaco.editor.getEditors()[0].getModel().getValue().length > 0");
        await Assertions.Expect(page.GetByTestId("editor-status")).ToContainTextAsync("没有问题", ValidatedText);
    }

    private static string? ApprovalDue(JsonNode definition) =>
        (string?)definition["variables"]!.AsArray().Single(v => (string?)v!["name"] == "approvalDue")!["value"];

    private async Task<(string Id, int Version)> StartLeaveAsync(string traineeName)
    {
        using var trainee = await web.Service.ApiAsAsync("trainee.li");
        var started = await trainee.PostAsJsonAsync("/api/instances", new { definitionId = "talent-leave", input = LeaveCases.LongLeave(traineeName) });
        started.EnsureSuccessStatusCode();
        var details = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        return (details["id"]!.GetValue<string>(), details["definitionVersion"]!.GetValue<int>());
    }

    private async Task<int> InstanceVersionAsync(string id)
    {
        using var admin = await web.Service.ApiAsAsync("admin");
        var details = await admin.GetFromJsonAsync<JsonObject>($"/api/instances/{Uri.EscapeDataString(id)}");
        return details!["definitionVersion"]!.GetValue<int>();
    }

    private async Task<Dictionary<int, int>> RunningAsync()
    {
        using var admin = await web.Service.ApiAsAsync("admin");
        var detail = await admin.GetFromJsonAsync<JsonObject>("/api/definitions/talent-leave");
        return detail!["versions"]!.AsArray().ToDictionary(v => v!["version"]!.GetValue<int>(), v => v!["runningInstances"]!.GetValue<int>());
    }

    private async Task<string> StatusAsync(string definitionId, int version)
    {
        using var admin = await web.Service.ApiAsAsync("admin");
        var detail = await admin.GetFromJsonAsync<JsonObject>($"/api/definitions/{definitionId}");
        return detail!["versions"]!.AsArray().Single(v => v!["version"]!.GetValue<int>() == version)!["status"]!.GetValue<string>();
    }

    private async Task<string> VersionJsonAsync(int version, string definitionId = "talent-leave")
    {
        using var admin = await web.Service.ApiAsAsync("admin");
        return await admin.GetStringAsync($"/api/definitions/{definitionId}/versions/{version}");
    }

}
