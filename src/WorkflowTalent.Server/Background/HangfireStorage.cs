using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using WorkflowTalent.Persistence;
using WorkflowTalent.Server.Storage;

namespace WorkflowTalent.Server.Background;

/// <summary>
/// Hangfire's storage beside the workflow database. The database stays the source of truth (timers, outbox, tasks):
/// Hangfire only holds when to run the jobs, so the embedded default keeps it in memory.
/// </summary>
internal static class HangfireStorage
{
    public const string Schema = "hangfire";

    public static JobStorage Create(DatabaseSettings database, BackgroundOptions options)
    {
        var provider = database.Provider;
        if (provider.Equals(DatabaseProvider.PostgreSql, StringComparison.OrdinalIgnoreCase))
        {
            var storageOptions = new PostgreSqlStorageOptions
            {
                SchemaName = Schema,
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = options.PollInterval,
            };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, storageOptions), storageOptions);
        }

        if (provider.Equals(DatabaseProvider.SqlServer, StringComparison.OrdinalIgnoreCase))
        {
            return new SqlServerStorage(database.ConnectionString, new SqlServerStorageOptions
            {
                SchemaName = Schema,
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = options.PollInterval,
            });
        }

        return new InMemoryStorage();
    }
}
