using Microsoft.Playwright;
using WorkflowTalent.Testing;

namespace WorkflowTalent.Web.Tests.Support;

/// <summary>Pictures of the UI for README, written by the E2E run to docs/screenshots/.</summary>
public static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Path.Combine(RepositoryRoot.Path, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
