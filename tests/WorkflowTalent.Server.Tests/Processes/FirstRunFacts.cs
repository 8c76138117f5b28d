using System.Net;
using System.Text.Json.Nodes;
using WorkflowTalent.Testing;

namespace WorkflowTalent.Server.Tests.Processes;

/// <summary>The service as a new user starts it: its own process, the embedded SQLite default, nothing installed.</summary>
public sealed class FirstRunFacts : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"wt-firstrun-{Guid.NewGuid():N}");
    private ServerProcess? _server;

    public async Task InitializeAsync() =>
        _server = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "workflowtalent.db")}",
            ["Mail:PickupDirectory"] = Path.Combine(_folder, "mail-pickup"),
        });

    public async Task DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task AFreshStart_CreatesTheDatabase_AnswersHealth_ServesOpenApi_AndSignsInADemoUser()
    {
        Assert.True(File.Exists(Path.Combine(_folder, "workflowtalent.db")), "the SQLite file was created in a folder that did not exist");
        using var client = _server!.Client();
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
        var openApi = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        Assert.NotNull(openApi["paths"]!["/api/tasks"]);
        using var official = await _server.SignInAsync("eshan.org");
        Assert.Equal(HttpStatusCode.OK, (await official.GetAsync("/api/tasks")).StatusCode);
    }
}
