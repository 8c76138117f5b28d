using Npgsql;
using Xunit.Abstractions;

namespace WorkflowTalent.Testing.Tests;

[Collection(PostgresGroup.Name)]
public sealed class PostgresServerTests(PostgresFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Server_AnswersVersionQuery()
    {
        output.WriteLine($"PostgreSQL started in {fixture.Server.StartupDuration.TotalSeconds:F2}s on port {fixture.Server.Port}");
        await using var connection = new NpgsqlConnection(fixture.Server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select version()", connection);

        var version = (string?)await command.ExecuteScalarAsync();

        output.WriteLine(version);
        Assert.StartsWith("PostgreSQL ", version, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateDatabase_GivesAnEmptyDatabaseThatHoldsTables()
    {
        var connectionString = await fixture.Server.CreateDatabaseAsync("testing_tests_tables");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        await using (var create = new NpgsqlCommand(
            "create table leave_request (id serial primary key, who text not null); insert into leave_request (who) values ('张三'), ('李四')",
            connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var query = new NpgsqlCommand("select current_database(), count(*) from leave_request", connection);
        await using var reader = await query.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("testing_tests_tables", reader.GetString(0));
        Assert.Equal(2, reader.GetInt64(1));
    }

    [Fact]
    public async Task CreateDatabase_RejectsNamesThatNeedQuoting()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Server.CreateDatabaseAsync("x; drop"));
    }
}
