using Xunit;

namespace WorkflowTalent.Testing;

/// <summary>One PostgreSQL server per test collection: use with <c>ICollectionFixture&lt;PostgresFixture&gt;</c> or <c>IClassFixture</c>.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? server;

    public PostgresServer Server => server ?? throw new InvalidOperationException("The PostgreSQL fixture has not been initialized.");

    public async Task InitializeAsync() => server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
