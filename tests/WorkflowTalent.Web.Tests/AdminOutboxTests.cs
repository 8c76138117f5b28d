using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Mail;
using WorkflowTalent.Web.Tests.Support;

namespace WorkflowTalent.Web.Tests;

/// <summary>The outbox page: mails by status, a failed one's error, and Resend putting it back in the queue.</summary>
public sealed class AdminOutboxTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Resend_PutsFailedMailBackAsPending_AndShowsItsErrorBefore()
    {
        var id = await FailedMailAsync("Connection refused by smtp.yuxi.example");
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/outbox");
        await page.GetByTestId("outbox-table").WaitForAsync();

        await page.GetByTestId("outbox-status").SelectOptionAsync("Failed");
        var row = page.GetByTestId($"mail-{id}");
        await Assertions.Expect(row.GetByTestId("mail-status")).ToHaveTextAsync("发送失败");
        await Assertions.Expect(row.GetByTestId("mail-error")).ToHaveTextAsync("Connection refused by smtp.yuxi.example");
        await Assertions.Expect(row.GetByTestId("mail-attempts")).ToHaveTextAsync("6");

        await row.GetByTestId("mail-resend").ClickAsync();

        await Assertions.Expect(page.GetByTestId($"mail-{id}")).ToHaveCountAsync(0);
        await page.GetByTestId("outbox-status").SelectOptionAsync("Pending");
        await Assertions.Expect(row.GetByTestId("mail-status")).ToHaveTextAsync("待发送");
        await Assertions.Expect(row.GetByTestId("mail-attempts")).ToHaveTextAsync("0");
        await Assertions.Expect(row.GetByTestId("mail-resend")).ToHaveCountAsync(0);
        using var admin = await web.Service.ApiAsAsync("admin");
        var pending = await admin.GetFromJsonAsync<JsonArray>("/api/outbox?status=Pending");
        Assert.Contains(pending!, m => m!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task Outbox_LinksTheHangfireDashboard()
    {
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/outbox");

        await Assertions.Expect(page.GetByTestId("outbox-hangfire")).ToHaveAttributeAsync("href", "/hangfire");
        var dashboard = await page.APIRequest.GetAsync("/hangfire");
        Assert.Equal(200, dashboard.Status);
    }

    [Fact]
    public async Task OutboxPage_HasNoSeriousOrCriticalAxeViolations()
    {
        await FailedMailAsync("Mailbox unavailable");
        var page = await web.SignedInAsync("admin");
        await page.GotoAsync("/admin/outbox");
        await page.GetByTestId("mail-resend").First.WaitForAsync();

        var result = await page.RunAxe();

        AxeChecks.AssertNoSerious(result);
    }

    // No API makes a mail fail and the test service runs no mail dispatch, so the failed mail is written into the
    // service's database file as the dispatch job leaves one after its last attempt.
    private async Task<string> FailedMailAsync(string error)
    {
        var id = $"failed-{Guid.NewGuid():N}";
        await using var db = new WorkflowDbContext(WorkflowDbOptions.Create(DatabaseProvider.Sqlite, $"Data Source={web.Service.DatabaseFile}"));
        db.OutboxMails.Add(new OutboxMail
        {
            Id = id, InstanceId = "", To = "eshan.org@yuxi.example", Subject = "【玉溪市基层人才对口培养】请假审批提醒", Body = "<p>请尽快审批。</p>",
            Status = OutboxMailStatus.Failed, Attempts = 6, LastError = error, CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        return id;
    }
}
