using WorkflowTalent.Testing;

namespace WorkflowTalent.Server.Tests.Support;

/// <summary>One throwaway PostgreSQL cluster for the whole test run; each fixture creates its own database in it.</summary>
public static class SharedPostgres
{
    private static readonly Lazy<Task<PostgresServer>> Server = new(StartAsync);

    public static Task<PostgresServer> GetAsync() => Server.Value;

    public static async Task<string> CreateDatabaseAsync(string prefix) =>
        await (await GetAsync()).CreateDatabaseAsync($"{prefix}_{Guid.NewGuid():N}");

    private static async Task<PostgresServer> StartAsync()
    {
        var server = await PostgresServer.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    }
}
