using ClosedXML.Excel;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WorkflowTalent.Web.Tests.Support;

namespace WorkflowTalent.Web.Tests;

/// <summary>
/// The documents page: each reader gets the downloads the API lets them have, and a click downloads the workbook
/// itself, signed in by the browser's own cookie.
/// </summary>
public sealed class DocumentsTests(WebFixture web) : IClassFixture<WebFixture>
{
    private const int Year = 2027;

    [Fact]
    public async Task FinalList_DownloadsAsWorkbookWithItsTitle_WhenAdministratorClicksIt_R6_4()
    {
        await AdminOps.OpenBatchAsync(web.Service, Year);
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/documents");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId($"documents-{Year}").GetByTestId("download-final-list").ClickAsync());

        Assert.Equal($"{Year}年基层人才对口培养计划研修人员最终名单.xlsx", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), $"wt-final-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        try
        {
            var bytes = await File.ReadAllBytesAsync(path);
            Assert.Equal("PK"u8.ToArray(), bytes[..2]);
            using var workbook = new XLWorkbook(path);
            var sheet = workbook.Worksheet(1);
            Assert.Equal("最终名单", sheet.Name);
            Assert.Equal($"{Year}年玉溪市基层人才对口培养计划研修人员名单", sheet.Cell(1, 1).GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Documents_OfferACountyOfficialOnlyTheirOwnSummaryTable_AndNoFundingLedger_R6_1()
    {
        await AdminOps.OpenBatchAsync(web.Service, Year);
        var page = await web.SignedInAsync("eshan.org");
        await page.GotoAsync("/documents");

        var batch = page.GetByTestId($"documents-{Year}");
        await Assertions.Expect(batch.GetByTestId("download-summary")).ToHaveCountAsync(1);
        await Assertions.Expect(batch.GetByTestId("download-summary")).ToContainTextAsync("峨山彝族自治县");
        await Assertions.Expect(batch.GetByTestId("download-funding-ledger")).ToHaveCountAsync(0);
        await Assertions.Expect(batch.GetByTestId("download-final-list")).ToHaveCountAsync(1);

        var download = await page.RunAndWaitForDownloadAsync(() => batch.GetByTestId("download-summary").ClickAsync());
        Assert.Equal($"峨山彝族自治县{Year}年基层人才对口培养计划人选汇总表.xlsx", download.SuggestedFilename);
        // Another county's table is not theirs: the API answers 404 to the same cookie.
        var other = await page.APIRequest.GetAsync($"/api/plan/batches/{Year}/counties/{Uri.EscapeDataString("通海县")}/summary.xlsx");
        Assert.Equal(404, other.Status);
    }

    [Fact]
    public async Task Documents_ShowNothingToDownload_WhenTraineeSignsIn()
    {
        var page = await web.SignedInAsync("trainee.li");
        await page.GotoAsync("/documents");

        await Assertions.Expect(page.GetByTestId("documents-none")).ToHaveTextAsync("没有可供您下载的文档。");
        await Assertions.Expect(page.Locator("[data-testid^=download-]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task DocumentsPage_HasNoSeriousOrCriticalAxeViolations()
    {
        await AdminOps.OpenBatchAsync(web.Service, Year);
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/documents");
        await page.GetByTestId($"documents-{Year}").WaitForAsync();

        var result = await page.RunAxe();

        AxeChecks.AssertNoSerious(result);
    }
}
