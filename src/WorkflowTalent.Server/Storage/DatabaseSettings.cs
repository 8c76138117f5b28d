using WorkflowTalent.Persistence;

namespace WorkflowTalent.Server.Storage;

/// <summary>The "Database" section: provider (Sqlite, PostgreSql, SqlServer) and connection string.</summary>
public sealed class DatabaseSettings
{
    public const string Section = "Database";

    public string Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = "Data Source=data/workflowtalent.db";

    /// <summary>The embedded default: a SQLite file, Hangfire in memory, demo users.</summary>
    public bool IsEmbeddedDefault => Provider.Equals(DatabaseProvider.Sqlite, StringComparison.OrdinalIgnoreCase);
}
