using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using WorkflowTalent.Testing;

namespace WorkflowTalent.Web.Tests.Support;

/// <summary>
/// The service with its web UI as a real process (the built WorkflowTalent.Server.dll under <c>dotnet</c>) on a free
/// loopback port and a throwaway SQLite file, with the demo users. Development environment: the UI's static assets
/// (MudBlazor's, Blazor's scripts) are served from where the build left them, as <c>dotnet run</c> does.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    public const string DemoPassword = "Yuxi-2026!";

    private readonly Process process;
    private readonly string directory;
    private readonly StringBuilder output = new();

    private ServiceProcess(Process process, Uri address, string directory)
    {
        this.process = process;
        this.directory = directory;
        Address = address;
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (output)
                return output.ToString();
        }
    }

    public static async Task<ServiceProcess> StartAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"wt-web-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = ServerBinaries,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(ServerBinaries, "WorkflowTalent.Server.dll"));
        info.Environment["ASPNETCORE_URLS"] = address.ToString();
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(directory, "workflowtalent.db")}";
        info.Environment["DemoUsers__Seed"] = "true";
        info.Environment["Background__RunServer"] = "false";
        info.Environment["Mail__PickupDirectory"] = Path.Combine(directory, "mail");
        info.Environment["Workflows__ImportFolder"] = Path.Combine(RepositoryRoot.Path, "workflows");

        var started = new Process { StartInfo = info, EnableRaisingEvents = true };
        var service = new ServiceProcess(started, address, directory);
        started.OutputDataReceived += (_, e) => service.Append(e.Data);
        started.ErrorDataReceived += (_, e) => service.Append(e.Data);
        started.Start();
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        try
        {
            await service.WaitHealthyAsync(TimeSpan.FromSeconds(90));
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }

        return service;
    }

    /// <summary>An API client signed in as <paramref name="userName"/> with a bearer token.</summary>
    public async Task<HttpClient> ApiAsAsync(string userName)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open by the ending process: the temp folder is the system's to clear
        }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"the service exited with {process.ExitCode} before it was healthy:\n{Output}");
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200); // polling a process that gives no other signal of readiness
        }

        throw new TimeoutException($"the service was not healthy within {timeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }

    /// <summary>src/WorkflowTalent.Server/bin/{the configuration these tests were built in}/net10.0.</summary>
    private static string ServerBinaries
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return Path.Combine(RepositoryRoot.Path, "src", "WorkflowTalent.Server", "bin", framework.Parent!.Name, framework.Name);
        }
    }

    private sealed record TokenResponse(string AccessToken);
}
