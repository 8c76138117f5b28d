using System.Diagnostics;
using System.Text;
using WorkflowTalent.Testing;

namespace WorkflowTalent.Benchmarks.Browser;

/// <summary>
/// The service as it is deployed: <c>dotnet publish -c Release</c> output run by <c>dotnet</c> in the Production
/// environment (which serves the UI's static assets from the published wwwroot, unlike a build folder), on one SQLite
/// file, on a free loopback port. <see cref="ServerProcess"/> runs the build folder, which only Development can serve
/// the UI from.
/// </summary>
internal sealed class PublishedService : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PublishedService(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Publishes src/WorkflowTalent.Server (Release) into <paramref name="folder"/>.</summary>
    public static async Task PublishAsync(string folder)
    {
        var project = Path.Combine(RepositoryRoot.Path, "src", "WorkflowTalent.Server", "WorkflowTalent.Server.csproj");
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        foreach (var argument in new[] { "publish", project, "-c", "Release", "-o", folder, "--nologo", "-v", "quiet" })
            info.ArgumentList.Add(argument);
        using var publish = Process.Start(info) ?? throw new InvalidOperationException("dotnet publish did not start");
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
            throw new InvalidOperationException($"dotnet publish {project} failed with {publish.ExitCode}");
    }

    public static async Task<PublishedService> StartAsync(string folder, string databaseFile, string mailFolder)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(folder, "WorkflowTalent.Server.dll"));
        info.Environment["ASPNETCORE_URLS"] = address.ToString();
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Workflows__ImportFolder"] = Path.Combine(RepositoryRoot.Path, "workflows");
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["Database__ConnectionString"] = $"Data Source={databaseFile}";
        info.Environment["DemoUsers__Seed"] = "true";
        // The background jobs (timer sweep, reminders, mail) stay off, as in the browser tests: what is timed is the
        // inbox alone, not the inbox beside a reminder sweep that happens to start over 100,000 tasks.
        info.Environment["Background__RunServer"] = "false";
        info.Environment["Mail__PickupDirectory"] = mailFolder;

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var service = new PublishedService(process, address);
        process.OutputDataReceived += (_, e) => service.Append(e.Data);
        process.ErrorDataReceived += (_, e) => service.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await service.WaitHealthyAsync(TimeSpan.FromSeconds(120));
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }

        return service;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"the service exited with {_process.ExitCode} before it was healthy:\n{Output}");
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"the service was not healthy within {timeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }
}
