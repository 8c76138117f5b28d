using Microsoft.Playwright;
using WorkflowTalent.Testing;

namespace WorkflowTalent.Web.Tests.Support;

/// <summary>
/// One service and one headless Chromium per test class; each test opens its own browser context (its own cookies),
/// so tests do not see each other's sign-in or language.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public ServiceProcess Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var service = ServiceProcess.StartAsync();
        await Chromium.EnsureInstalledAsync();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
        Service = await service;
    }

    /// <summary>A fresh page (own cookies) on the service, with waits long enough for a loaded CI machine.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Service.Address.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>A page signed in as <paramref name="userName"/> through the sign-in form, on the inbox.</summary>
    public async Task<IPage> SignedInAsync(string userName)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/login");
        await page.Locator("#userName").FillAsync(userName);
        await page.Locator("#password").FillAsync(ServiceProcess.DemoPassword);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/inbox");
        await page.GetByTestId("inbox-counts").WaitForAsync();
        return page;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        playwright?.Dispose();
        if (Service is not null)
            await Service.DisposeAsync();
    }
}
