using WorkflowTalent.Testing;

namespace WorkflowTalent.Web.Tests.Support;

/// <summary>
/// The service with its web UI as a real process (<see cref="ServerProcess"/>) on a throwaway SQLite file with the
/// demo users, in the Development environment so the UI's static assets are served from the build output.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    public const string DemoPassword = ServerProcess.DemoPassword;

    private const string DatabaseFileName = "workflowtalent.db";

    private readonly ServerProcess _server;
    private readonly string _directory;

    private ServiceProcess(ServerProcess server, string directory)
    {
        _server = server;
        _directory = directory;
    }

    public Uri Address => _server.Address;

    public string Output => _server.Output;

    /// <summary>The service's SQLite file, for a test to set up what no API makes (a mail that failed to send).</summary>
    public string DatabaseFile => Path.Combine(_directory, DatabaseFileName);

    public static async Task<ServiceProcess> StartAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"wt-web-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var server = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(directory, DatabaseFileName)}",
            ["DemoUsers:Seed"] = "true",
            ["Background:RunServer"] = "false",
            ["Mail:PickupDirectory"] = Path.Combine(directory, "mail"),
        }, environment: "Development");
        return new ServiceProcess(server, directory);
    }

    /// <summary>An API client signed in as <paramref name="userName"/> with a bearer token.</summary>
    public Task<HttpClient> ApiAsAsync(string userName) => _server.SignInAsync(userName);

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open by the ending process: the temp folder is the system's to clear
        }
    }
}
