using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using WorkflowTalent.Testing;

namespace WorkflowTalent.Benchmarks.Browser;

/// <summary>
/// <c>--inbox-browser [--tasks 100000] [--runs 20] [--publish-folder DIR] [--no-publish]</c>: the inbox's first
/// render in Chromium over a service database of many tasks (docs/benchmarks.md, "Inbox first render in the
/// browser"). For each official: a fresh service process, sign-in through the form, one cold load of /inbox, one
/// warm-up, then the warm loads; then the API's own time for the page of tasks the inbox asks for.
/// </summary>
internal static class InboxBrowser
{
    public const string Switch = "--inbox-browser";

    // What the inbox page asks for on its first render (Api/InboxFilter.cs, MudTable's 20 rows a page).
    private const string InboxRequest = "/api/tasks?page=1&pageSize=20&status=Open&sort=due";

    public static async Task<int> RunAsync(string[] args)
    {
        var tasks = IntOption(args, "--tasks", 100_000);
        var runs = IntOption(args, "--runs", 20);
        var publishFolder = Option(args, "--publish-folder") ?? Path.Combine(Path.GetTempPath(), "wt-inbox-browser-publish");
        var folder = Path.Combine(Path.GetTempPath(), $"wt-inbox-browser-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "workflowtalent.db");
        var mail = Path.Combine(folder, "mail");

        var clock = Stopwatch.StartNew();
        if (!args.Contains("--no-publish"))
        {
            await PublishedService.PublishAsync(publishFolder);
            Console.WriteLine($"published to {publishFolder} in {clock.Elapsed.TotalSeconds:F0} s");
        }

        // The service creates its schema, demo users and definitions; then the backlog goes in behind its back.
        clock.Restart();
        await using (await PublishedService.StartAsync(publishFolder, database, mail))
        {
        }

        await BrowserInboxSeeder.SeedAsync(database, tasks, DateTimeOffset.UtcNow);
        SqliteConnection.ClearAllPools();
        Console.WriteLine($"seeded {tasks:N0} tasks in {clock.Elapsed.TotalSeconds:F1} s ({new FileInfo(database).Length / 1024 / 1024} MB)");

        await Chromium.EnsureInstalledAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });

        foreach (var official in new[] { BrowserInboxSeeder.CountyOfficial, BrowserInboxSeeder.MunicipalOfficial })
        {
            var (open, visible) = await VisibleAsync(database, official);
            Console.WriteLine();
            Console.WriteLine($"== {official}: {visible:N0} visible tasks, {open:N0} open; load average {LoadAverage()}");
            await using var service = await PublishedService.StartAsync(publishFolder, database, mail);
            var page = await SignedInPageAsync(browser, service.Address, official);

            var cold = await LoadAsync(page, service.Address, open);
            Console.WriteLine($"cold   {Describe(cold)}");
            var warmUp = await LoadAsync(page, service.Address, open);
            Console.WriteLine($"warm-up {Describe(warmUp)}");
            var warm = new List<RenderMarks>();
            for (var run = 0; run < runs; run++)
                warm.Add(await LoadAsync(page, service.Address, open));
            foreach (var marks in warm)
                Console.WriteLine($"warm   {Describe(marks)}");

            var api = await ApiTimesAsync(service, official, runs);
            Console.WriteLine($"-- {official}, {runs} warm loads: first row painted median {Median(warm.Select(m => m.Painted)):F0} ms, " +
                $"p95 {Percentile(warm.Select(m => m.Painted), 95):F0} ms, max {warm.Max(m => m.Painted):F0} ms; cold {cold.Painted:F0} ms");
            Console.WriteLine($"   made of (medians): HTML {Median(warm.Select(m => m.Document)):F0}, blazor.web.js {Median(warm.Select(m => m.Script)):F0}, " +
                $"circuit negotiated {Median(warm.Select(m => m.Negotiated)):F0}, page rendered {Median(warm.Select(m => m.Page)):F0}, " +
                $"first row in DOM {Median(warm.Select(m => m.Rows)):F0}, painted {Median(warm.Select(m => m.Painted)):F0}");
            Console.WriteLine($"   GET {InboxRequest}: median {Median(api.Inbox):F1} ms, p95 {Percentile(api.Inbox, 95):F1} ms; " +
                $"GET /api/definitions?running=false: median {Median(api.Definitions):F1} ms (HttpClient on the same machine, {runs} warm requests each)");
            await page.Context.CloseAsync();
        }

        Console.WriteLine($"load average at the end {LoadAverage()}");
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // the service's file still held open by the ending process: /tmp is the system's to clear
        }

        return 0;
    }

    private static async Task<IPage> SignedInPageAsync(IBrowser browser, Uri address, string official)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(60_000);
        await context.AddInitScriptAsync(RenderMarks.Probe);
        // Signed in with the cookie the sign-in form writes (POST /api/auth/login?useCookies=true, through the context's
        // own request client so the browser keeps it), without loading the inbox: the first inbox load measured is
        // the process's first. (The form itself, under a load average of 30, sometimes missed its redirect.)
        var signIn = await context.APIRequest.PostAsync("/api/auth/login?useCookies=true", new APIRequestContextOptions
        {
            DataObject = new { userName = official, password = ServerProcess.DemoPassword },
        });
        if (!signIn.Ok)
            throw new InvalidOperationException($"{official} could not sign in: {signIn.Status}");
        return await context.NewPageAsync();
    }

    /// <summary>One full page load of /inbox (a new document, a new circuit), until the first row is painted.</summary>
    private static async Task<RenderMarks> LoadAsync(IPage page, Uri address, int open)
    {
        await page.GotoAsync(new Uri(address, "/inbox").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await page.WaitForFunctionAsync("() => window.__wtMarks && window.__wtMarks.painted !== undefined");
        var marks = JsonSerializer.Deserialize<RenderMarks>(await page.EvaluateAsync<string>(RenderMarks.Read))!;
        // What was painted must be the official's inbox: a full first page and the open count the database holds.
        var shown = new string([.. marks.OpenCount.Where(char.IsAsciiDigit)]);
        if (marks.RowCount != Math.Min(20, open) || shown != open.ToString(CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"the inbox showed {marks.RowCount} rows and '{marks.OpenCount}'; expected {Math.Min(20, open)} rows and {open} open");
        return marks;
    }

    private static async Task<(List<double> Inbox, List<double> Definitions)> ApiTimesAsync(PublishedService service, string official, int runs)
    {
        using var client = new HttpClient { BaseAddress = service.Address };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = official, password = ServerProcess.DemoPassword });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<Token>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var inbox = new List<double>();
        var definitions = new List<double>();
        for (var run = 0; run < runs + 1; run++)
        {
            var clock = Stopwatch.StartNew();
            (await client.GetAsync(InboxRequest)).EnsureSuccessStatusCode();
            var inboxTime = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            (await client.GetAsync("/api/definitions?running=false")).EnsureSuccessStatusCode();
            if (run == 0)
                continue; // warm-up
            inbox.Add(inboxTime);
            definitions.Add(clock.Elapsed.TotalMilliseconds);
        }

        return (inbox, definitions);
    }

    /// <summary>The official's tasks by the service's access rule (role within scope, or assigned to them): all, and open.</summary>
    private static async Task<(int Open, int Visible)> VisibleAsync(string database, string official)
    {
        var (role, scope) = official == BrowserInboxSeeder.CountyOfficial
            ? ("CountyOrganization", BrowserInboxSeeder.County)
            : ("MunicipalOrganization", (string?)null);
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT SUM(\"Status\" = 'Open'), COUNT(*) FROM \"Tasks\" WHERE (\"Role\" = $role AND (\"Scope\" IS NULL OR \"Scope\" IS $scope)) OR \"Assignee\" = $official";
        command.Parameters.AddWithValue("$role", role);
        command.Parameters.AddWithValue("$scope", (object?)scope ?? DBNull.Value);
        command.Parameters.AddWithValue("$official", official);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    private static string Describe(RenderMarks m) =>
        string.Create(CultureInfo.InvariantCulture,
            $"HTML {m.Document,6:F0}  script {m.Script,6:F0}  negotiated {m.Negotiated,6:F0}  page {m.Page,6:F0}  rows {m.Rows,6:F0}  painted {m.Painted,6:F0} ms");

    private static double Median(IEnumerable<double> values) => Percentile(values, 50);

    // Nearest rank: the smallest value with at least p % of the values at or below it.
    private static double Percentile(IEnumerable<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private sealed record Token(string AccessToken);
}
