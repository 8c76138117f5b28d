using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WorkflowTalent.Web.Tests.Support;

namespace WorkflowTalent.Web.Tests;

/// <summary>The administrators' running cases: filters, cancelling with a reason, migrating a selection to another version.</summary>
public sealed class AdminCasesTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Cases_FilterShowsWaitingLeaveCase_AndCancelEndsIt_WhenReasonGiven()
    {
        var id = await AdminOps.StartLeaveCaseAsync(web.Service, "钱取消");
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/cases");
        await page.GetByTestId("cases-table").WaitForAsync();

        await page.GetByTestId("cases-definition").SelectOptionAsync("talent-leave");
        await page.GetByTestId("cases-status").SelectOptionAsync("Finished");
        await Assertions.Expect(page.GetByTestId($"case-{id}")).ToHaveCountAsync(0);
        await page.GetByTestId("cases-status").SelectOptionAsync("Waiting");

        var row = page.GetByTestId($"case-{id}");
        await Assertions.Expect(row.GetByTestId("case-status")).ToHaveTextAsync("等待办理");
        await Assertions.Expect(row.GetByTestId("case-version")).ToHaveTextAsync($"v{await LeaveVersionOfAsync(id)}");
        await Assertions.Expect(row.GetByTestId("case-link")).ToHaveAttributeAsync("href", $"/cases/{id}");

        await row.GetByTestId("case-cancel").ClickAsync();
        await page.GetByTestId("cancel-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("cancel-reason-error")).ToContainTextAsync("请填写取消原因");
        Assert.Equal("Waiting", (await AdminOps.CaseAsync(web.Service, id))["status"]!.GetValue<string>());

        await page.GetByTestId("cancel-reason").FillAsync("研修人员已撤回申请");
        await page.GetByTestId("cancel-confirm").ClickAsync();

        await Assertions.Expect(page.GetByTestId($"case-{id}")).ToHaveCountAsync(0);
        Assert.Equal("Cancelled", (await AdminOps.CaseAsync(web.Service, id))["status"]!.GetValue<string>());
        await page.GetByTestId("cases-status").SelectOptionAsync("Cancelled");
        await Assertions.Expect(page.GetByTestId($"case-{id}").GetByTestId("case-status")).ToHaveTextAsync("已取消");
    }

    [Fact]
    public async Task Migrate_PreviewsThenMovesLeaveCaseToV2_WhenCountyTaskIsMapped()
    {
        var id = await AdminOps.StartLeaveCaseAsync(web.Service, "孙迁移");
        var from = await LeaveVersionOfAsync(id);
        var to = await PublishLeaveWithRenamedCountyTaskAsync();
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/cases");
        await page.GetByTestId("cases-table").WaitForAsync();

        await page.GetByTestId("cases-definition").SelectOptionAsync("talent-leave");
        await page.GetByTestId("cases-version").SelectOptionAsync(from.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId($"case-{id}").GetByTestId("case-select").CheckAsync();
        var panel = page.GetByTestId("migration-panel");
        await panel.GetByTestId("migrate-version").SelectOptionAsync(to.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await panel.GetByTestId("mapping-from-0").FillAsync("county");
        await panel.GetByTestId("mapping-to-0").FillAsync("countyApproval");
        await panel.GetByTestId("migrate-preview").ClickAsync();

        var preview = panel.GetByTestId($"preview-{id}");
        await Assertions.Expect(preview.GetByTestId("preview-can-apply")).ToHaveTextAsync("是");
        await Assertions.Expect(preview.GetByTestId("preview-moves")).ToContainTextAsync("county → countyApproval");
        Assert.Equal(from, (await AdminOps.CaseAsync(web.Service, id))["definitionVersion"]!.GetValue<int>());

        await panel.GetByTestId("migrate-apply").ClickAsync();

        await Assertions.Expect(panel.GetByTestId($"outcome-{id}").GetByTestId("outcome-result")).ToHaveTextAsync("已迁移");
        await Assertions.Expect(panel.GetByTestId("migrate-report")).ToContainTextAsync("已迁移 1 个，拒绝 0 个");
        var migrated = await AdminOps.CaseAsync(web.Service, id);
        Assert.Equal((to, "Waiting"), (migrated["definitionVersion"]!.GetValue<int>(), migrated["status"]!.GetValue<string>()));
        Assert.Contains(migrated["openTasks"]!.AsArray(), t => t!["activityId"]!.GetValue<string>() == "countyApproval");
    }

    [Fact]
    public async Task AdminPages_ShowNotFound_WhenOfficialIsNotAdministrator()
    {
        var page = await web.SignedInAsync("eshan.org");

        foreach (var path in new[] { "/admin/cases", "/admin/users", "/admin/quotas", "/admin/outbox" })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.GetByTestId("page-not-found")).ToHaveTextAsync("页面不存在或您无权访问。");
            await Assertions.Expect(page.Locator("[data-testid=cases-table], [data-testid=users-table], [data-testid=quota-settings], [data-testid=outbox-table]"))
                .ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task CasesPage_HasNoSeriousOrCriticalAxeViolations_WithMigrationPanelOpen()
    {
        var id = await AdminOps.StartLeaveCaseAsync(web.Service, "李无障碍");
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/cases");
        await page.GetByTestId("cases-definition").SelectOptionAsync("talent-leave");
        // A new filter clears the selection: the list is filtered once the versions are offered.
        await Assertions.Expect(page.GetByTestId("cases-version")).ToBeEnabledAsync();
        await page.GetByTestId($"case-{id}").GetByTestId("case-select").CheckAsync();
        await page.GetByTestId("migration-panel").WaitForAsync();
        await page.GetByTestId($"case-{id}").GetByTestId("case-cancel").ClickAsync();
        await page.GetByTestId("cancel-panel").WaitForAsync();

        var result = await page.RunAxe();

        AxeChecks.AssertNoSerious(result);
    }

    private async Task<int> LeaveVersionOfAsync(string id) => (await AdminOps.CaseAsync(web.Service, id))["definitionVersion"]!.GetValue<int>();

    // A new version of the leave process whose county approval is the activity "countyApproval" instead of "county".
    private async Task<int> PublishLeaveWithRenamedCountyTaskAsync()
    {
        using var admin = await web.Service.ApiAsAsync("admin");
        var detail = await admin.GetFromJsonAsync<JsonObject>("/api/definitions/talent-leave");
        var published = detail!["versions"]!.AsArray().First(v => v!["status"]!.GetValue<string>() == "Published")!["version"]!.GetValue<int>();
        var json = JsonNode.Parse(await admin.GetStringAsync($"/api/definitions/talent-leave/versions/{published}"))!.AsObject();
        var root = json["root"]!.AsObject();
        var county = root["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "county")!.AsObject();
        county["id"] = "countyApproval";
        county["name"] = "countyApproval";
        foreach (var connection in root["connections"]!.AsArray())
        {
            foreach (var end in new[] { "source", "target" })
            {
                if (connection![end]!["activity"]!.GetValue<string>() == "county")
                    connection[end]!["activity"] = "countyApproval";
            }
        }

        (await admin.PutAsJsonAsync("/api/definitions/talent-leave/draft", json)).EnsureSuccessStatusCode();
        var publishedDraft = await admin.PostAsync("/api/definitions/talent-leave/draft/publish", null);
        Assert.True(publishedDraft.IsSuccessStatusCode, await publishedDraft.Content.ReadAsStringAsync());
        return (await publishedDraft.Content.ReadFromJsonAsync<JsonObject>())!["version"]!["version"]!.GetValue<int>();
    }
}
