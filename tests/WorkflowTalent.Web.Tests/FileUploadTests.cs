using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WorkflowTalent.Web.Tests.Support;

namespace WorkflowTalent.Web.Tests;

/// <summary>The trainee's summary (R14.1) in the browser: the registration form uploaded to the case, sent with the summary, read back by the unit.</summary>
public sealed class FileUploadTests(WebFixture web) : IClassFixture<WebFixture>
{
    private static readonly byte[] Registration = Encoding.UTF8.GetBytes("%PDF-1.4 考核登记表 李明 2026");

    [Fact]
    public async Task Summary_CompletedWithUploadedForm_WhichTheUnitDownloadsAndAnotherCountyCannot_R14_1()
    {
        // trainee.he has no other task in this class: completing the summary empties the inbox.
        var (instance, summary) = await TrainingCases.StartAtSummaryAsync(web.Service, "trainee.he", "何丽");
        var page = await web.SignedInAsync("trainee.he");
        await page.GotoAsync($"/tasks/{summary}");
        await Assertions.Expect(page.GetByTestId("file-none-registrationForm")).ToHaveTextAsync("尚未上传文件");

        await page.GetByTestId("field-summary").Locator("textarea").FillAsync("一年研修总结：掌握高血压分级诊疗。");
        await Upload(page).SetInputFilesAsync(new FilePayload { Name = "考核登记表.pdf", MimeType = "application/pdf", Buffer = Registration });
        await Assertions.Expect(page.GetByTestId("file-link-registrationForm")).ToHaveTextAsync("考核登记表.pdf");
        await Assertions.Expect(page.GetByTestId("file-link-registrationForm")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/api/files/"));
        await page.GetByTestId("outcome-Submit").ClickAsync();
        await page.WaitForURLAsync("**/inbox");
        await Assertions.Expect(page.GetByText("任务已办结，待办任务已全部处理。")).ToBeVisibleAsync();

        using var trainee = await web.Service.ApiAsAsync("trainee.he");
        var task = await trainee.GetFromJsonAsync<JsonObject>($"/api/tasks/{summary}");
        Assert.Equal("Completed", task!["task"]!["status"]!.GetValue<string>());
        var fileId = task["data"]!["registrationForm"]!.GetValue<string>();
        using var unit = await web.Service.ApiAsAsync("hospital.unit");
        var files = await unit.GetFromJsonAsync<JsonArray>($"/api/instances/{instance}/files");
        Assert.Equal([fileId], files!.Select(f => f!["id"]!.GetValue<string>()));
        var download = await unit.GetAsync($"/api/files/{fileId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Registration, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("考核登记表.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        using var tonghai = await web.Service.ApiAsAsync("tonghai.org");
        Assert.Equal(HttpStatusCode.NotFound, (await tonghai.GetAsync($"/api/files/{fileId}")).StatusCode);
    }

    [Fact]
    public async Task Summary_IsRefusedWithFieldMessage_WhenNoFileWasUploaded_R14_1()
    {
        var (_, summary) = await TrainingCases.StartAtSummaryAsync(web.Service);
        var page = await web.SignedInAsync("trainee.li");
        await page.GotoAsync($"/tasks/{summary}");

        await page.GetByTestId("field-summary").Locator("textarea").FillAsync("总结");
        await page.GetByTestId("outcome-Submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("file-problem-registrationForm")).ToContainTextAsync("为必填项。");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/tasks/{summary}$"));
    }

    [Fact]
    public async Task Upload_ShowsTheLimit_AndStoresNothing_WhenTheFileIsOver10MB()
    {
        var (instance, summary) = await TrainingCases.StartAtSummaryAsync(web.Service);
        var page = await web.SignedInAsync("trainee.li");
        await page.GotoAsync($"/tasks/{summary}");

        await Upload(page).SetInputFilesAsync(new FilePayload { Name = "扫描件.pdf", MimeType = "application/pdf", Buffer = new byte[(10 * 1024 * 1024) + 1] });

        await Assertions.Expect(page.GetByTestId("file-problem-registrationForm")).ToHaveTextAsync("文件不能超过 10 MB。");
        await Assertions.Expect(page.GetByTestId("file-none-registrationForm")).ToBeVisibleAsync();
        using var trainee = await web.Service.ApiAsAsync("trainee.li");
        Assert.Empty((await trainee.GetFromJsonAsync<JsonArray>($"/api/instances/{instance}/files"))!);
    }

    [Fact]
    public async Task TaskPageWithFileField_HasNoSeriousOrCriticalAxeViolations()
    {
        var (_, summary) = await TrainingCases.StartAtSummaryAsync(web.Service);
        var page = await web.SignedInAsync("trainee.li");
        await page.GotoAsync($"/tasks/{summary}");
        await Upload(page).SetInputFilesAsync(new FilePayload { Name = "登记表.pdf", MimeType = "application/pdf", Buffer = Registration });
        await page.GetByTestId("file-link-registrationForm").WaitForAsync();

        var result = await page.RunAxe();
        await Screenshots.SaveAsync(page, "task-file-upload");
        AxeChecks.AssertNoSerious(result);
    }

    private static ILocator Upload(IPage page) => page.GetByTestId("field-registrationForm").Locator("input[type=file]");
}
