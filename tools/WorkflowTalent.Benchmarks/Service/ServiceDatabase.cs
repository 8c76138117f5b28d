using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Server.Background;
using WorkflowTalent.Server.Engine;
using WorkflowTalent.Server.Storage;
using WorkflowTalent.Testing;

namespace WorkflowTalent.Benchmarks.Service;

/// <summary>
/// One migrated workflow database for one benchmark process, wired as the service wires it (AddWorkflowPersistence,
/// AddWorkflowEngine): a SQLite file in WAL mode, or a database on a throwaway PostgreSQL server started here and
/// stopped on dispose. <c>workflows/talent-leave.json</c> is published, as the service's importer does.
/// </summary>
internal sealed class ServiceDatabase : IAsyncDisposable
{
    public const string Sqlite = DatabaseProvider.Sqlite;
    public const string PostgreSql = DatabaseProvider.PostgreSql;

    /// <summary>PostgreSQL with fsync on, as production runs it: every commit waits for the disk.</summary>
    public const string DurablePostgreSql = "PostgreSql+fsync";
    public const string LeaveDefinitionId = "talent-leave";

    private readonly PostgresServer? _server;
    private readonly string? _sqliteFolder;

    private ServiceDatabase(string provider, string connectionString, PostgresServer? server, string? sqliteFolder, TimeProvider? clock)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _server = server;
        _sqliteFolder = sqliteFolder;
        var services = new ServiceCollection();
        services.AddWorkflowPersistence(provider, connectionString);
        services.AddWorkflowEngine();
        // What the background jobs take besides the engine, with the service's defaults.
        services.AddLogging();
        services.AddOptions<BackgroundOptions>();
        services.AddSingleton(new DatabaseSettings { Provider = provider, ConnectionString = connectionString });
        if (clock is not null)
            services.AddSingleton(clock);
        Services = services.BuildServiceProvider();
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The service's container: a scope is what a request or a background job gets.</summary>
    public ServiceProvider Services { get; }

    public bool IsPostgreSql => Provider == PostgreSql;

    public static async Task<ServiceDatabase> CreateAsync(string provider, TimeProvider? clock = null)
    {
        PostgresServer? server = null;
        string? folder = null;
        string connectionString;
        if (provider is PostgreSql or DurablePostgreSql)
        {
            server = await PostgresServer.StartAsync(durable: provider == DurablePostgreSql);
            provider = PostgreSql;
            connectionString = await server.CreateDatabaseAsync("benchmarks");

            // To try connection settings (e.g. "Max Auto Prepare=20") without a rebuild.
            if (Environment.GetEnvironmentVariable("WORKFLOWTALENT_BENCH_NPGSQL") is { Length: > 0 } extra)
                connectionString += ";" + extra;
        }
        else if (provider == Sqlite)
        {
            folder = Path.Combine(Path.GetTempPath(), $"workflowtalent-bench-{Guid.NewGuid():N}");
            Directory.CreateDirectory(folder);
            connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "workflowtalent.db") }.ToString();
        }
        else
        {
            throw new ArgumentException($"no benchmark database for provider {provider}", nameof(provider));
        }

        var database = new ServiceDatabase(provider, connectionString, server, folder, clock);
        database.Services.MigrateWorkflowDatabase();
        if (provider == Sqlite)
        {
            // WAL is a property of the file: every connection after this one, EF Core's included, writes ahead.
            await using var connection = database.OpenConnection();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            var mode = (string?)await command.ExecuteScalarAsync();
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"SQLite refused WAL mode ({mode})");
        }

        database.Publish(await File.ReadAllTextAsync(RepositoryFiles.Path("workflows", "talent-leave.json")));
        return database;
    }

    public void Publish(string definitionJson)
    {
        using var scope = Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<EfWorkflowStore>();
        store.AddDefinition(definitionJson, DefinitionStatus.Published);
        store.Db.SaveChanges();
    }

    /// <summary>A raw ADO.NET connection to the same database, open.</summary>
    public DbConnection OpenConnection()
    {
        DbConnection connection = IsPostgreSql ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteFolder, recursive: true);
        }

        if (_server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await _server.DisposeAsync();
        }
    }
}
