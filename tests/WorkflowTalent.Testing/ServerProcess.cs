using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
namespace WorkflowTalent.Testing;

/// <summary>
/// The service as a real operating-system process (the built WorkflowTalent.Server.dll under `dotnet`) on a free
/// loopback port, configured by environment variables as in production, so a test can kill -9 it and start it again
/// on the same database, or drive its web UI in a browser.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    /// <summary>The demo users' password (seeded on SQLite, or with DemoUsers:Seed).</summary>
    public const string DemoPassword = "Yuxi-2026!";

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process wrote, for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <param name="settings">Configuration as <c>Section:Key</c>, passed as environment variables.</param>
    /// <param name="timeout">How long to wait for <c>/health</c> (90 s by default).</param>
    /// <param name="environment">
    /// Production by default; Development serves the web UI's static assets (MudBlazor's, Blazor's scripts) from where
    /// the build left them, as <c>dotnet run</c> does.
    /// </param>
    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan? timeout = null, string environment = "Production")
    {
        ArgumentNullException.ThrowIfNull(settings);
        var port = FreePort.Next();
        var address = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = ServerBinaries,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(ServerBinaries, "WorkflowTalent.Server.dll"));
        info.Environment["ASPNETCORE_URLS"] = address.ToString();
        info.Environment["DOTNET_ENVIRONMENT"] = environment;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        info.Environment["Workflows__ImportFolder"] = Path.Combine(RepositoryRoot.Path, "workflows");
        foreach (var (key, value) in settings)
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var server = new ServerProcess(process, address);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitHealthyAsync(timeout ?? TimeSpan.FromSeconds(90));
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    public HttpClient Client() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };

    public async Task<HttpClient> SignInAsync(string userName, string password = DemoPassword)
    {
        var client = Client();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, as a power cut or an OOM kill would end it.</summary>
    public async Task KillHardAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillHardAsync();
        _process.Dispose();
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var client = Client();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
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

    /// <summary>src/WorkflowTalent.Server/bin/{the configuration these tests were built in}/net10.0.</summary>
    private static string ServerBinaries
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            return Path.Combine(RepositoryRoot.Path, "src", "WorkflowTalent.Server", "bin", configuration, framework.Name);
        }
    }

    private sealed record TokenResponse(string AccessToken);
}
