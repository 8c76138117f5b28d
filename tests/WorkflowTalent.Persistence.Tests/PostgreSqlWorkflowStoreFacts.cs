using WorkflowTalent.Testing;

namespace WorkflowTalent.Persistence.Tests;

/// <summary>On a real PostgreSQL server, one database per test.</summary>
public sealed class PostgreSqlWorkflowStoreFacts(PostgresFixture postgres) : EfWorkflowStoreFacts, IClassFixture<PostgresFixture>
{
    protected override string Provider => DatabaseProvider.PostgreSql;

    protected override Task<string> CreateDatabaseAsync() => postgres.Server.CreateDatabaseAsync($"store_{Guid.NewGuid():N}");
}
