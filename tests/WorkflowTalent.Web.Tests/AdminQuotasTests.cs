using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WorkflowTalent.Web.Tests.Support;

namespace WorkflowTalent.Web.Tests;

/// <summary>The quotas page (R3.4, R15.2): the settings with the service's refusals, and a batch's allocation among the nine counties.</summary>
public sealed class AdminQuotasTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Allocation_ShowsNineCountiesSummingTo100_WithEthnicTiltExplained_R3_4()
    {
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/quotas");
        await page.GetByTestId("quota-settings-revision").WaitForAsync();

        await page.GetByTestId("batch-new-year").FillAsync("2030");
        await page.GetByTestId("batch-open").ClickAsync();
        await Assertions.Expect(page.GetByTestId("allocation-empty")).ToContainTextAsync("2030");
        await page.GetByTestId("allocation-compute").ClickAsync();

        var lines = page.GetByTestId("allocation-line");
        await Assertions.Expect(lines).ToHaveCountAsync(9);
        var places = await page.GetByTestId("allocation-places").AllTextContentsAsync();
        Assert.Equal(100, places.Sum(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)));
        await Assertions.Expect(page.GetByTestId("allocation-sum")).ToHaveTextAsync("100");
        var eshan = lines.Filter(new LocatorFilterOptions { Has = page.GetByTestId("allocation-county").GetByText("峨山彝族自治县", new() { Exact = true }) });
        await Assertions.Expect(eshan.GetByTestId("allocation-explanation")).ToContainTextAsync("民族倾斜");
        var jiangchuan = lines.Filter(new LocatorFilterOptions { Has = page.GetByTestId("allocation-county").GetByText("江川区", new() { Exact = true }) });
        await Assertions.Expect(jiangchuan.GetByTestId("allocation-explanation")).Not.ToContainTextAsync("民族倾斜");
        // From the top: the app bar stays where a scrolled page would leave it in a full-page picture.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Screenshots.SaveAsync(page, "quotas");

        // The page opens on the newest batch, this one, in English after the switch.
        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.GetByTestId("allocation-line")).ToHaveCountAsync(9);
        await Assertions.Expect(eshan.GetByTestId("allocation-explanation")).ToContainTextAsync("ethnic tilt");

        using var admin = await web.Service.ApiAsAsync("admin");
        var current = await admin.GetFromJsonAsync<JsonObject>("/api/plan/batches/2030/allocations/current");
        Assert.Equal(100, current!["lines"]!.AsArray().Sum(l => l!["places"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Settings_ShowsTheServicesRefusalUnderTheSetting_AndKeepsTheOldValue_R3_4()
    {
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/quotas");
        await Assertions.Expect(page.GetByTestId("setting-ethnic-share")).Not.ToHaveValueAsync("");

        await page.GetByTestId("setting-ethnic-share").FillAsync("1.5");
        await page.GetByTestId("settings-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("setting-ethnic-share-error")).ToContainTextAsync("民族倾斜比例须在 0 至 1 之间（R3.4）");
        await Assertions.Expect(page.GetByTestId("settings-saved")).ToHaveCountAsync(0);
        // The service says it in English too (messageEn); the English page shows that text.
        await page.GetByTestId("language-switch").ClickAsync();
        await page.GetByTestId("setting-ethnic-share").FillAsync("1.5");
        await page.GetByTestId("settings-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("setting-ethnic-share-error")).ToContainTextAsync("the ethnic tilt share must be between 0 and 1 (R3.4)");
        using var admin = await web.Service.ApiAsAsync("admin");
        var settings = await admin.GetFromJsonAsync<JsonObject>("/api/plan/settings");
        Assert.Equal(0.10m, settings!["settings"]!["quota"]!["ethnicTiltShare"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Settings_SavesThePenalty_WhenValid_R15_2()
    {
        using var admin = await web.Service.ApiAsAsync("admin");
        var before = (await admin.GetFromJsonAsync<JsonObject>("/api/plan/settings"))!["revision"]!.GetValue<int>();
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/quotas");
        await page.GetByTestId("quota-settings-revision").WaitForAsync();

        await page.GetByTestId("setting-penalty").FillAsync("2");
        await page.GetByTestId("settings-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("settings-saved")).ToContainTextAsync($"第 {before + 1} 版");
        var settings = await admin.GetFromJsonAsync<JsonObject>("/api/plan/settings");
        Assert.Equal((before + 1, 2m), (settings!["revision"]!.GetValue<int>(), settings["settings"]!["quota"]!["placesPerCancelledTrainee"]!.GetValue<decimal>()));
        // Saved back as they were read: a county not listed keeps its default weight of 1 (QuotaWeights).
        Assert.Equal(1m, settings["settings"]!["quota"]!["baseWeights"]!["江川区"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task QuotasPage_HasNoSeriousOrCriticalAxeViolations()
    {
        await AdminOps.OpenBatchAsync(web.Service, 2026);
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/quotas");
        await page.GetByTestId("quota-settings-revision").WaitForAsync();
        await page.GetByTestId("allocation-year").WaitForAsync();

        var result = await page.RunAxe();

        AxeChecks.AssertNoSerious(result);
    }
}
