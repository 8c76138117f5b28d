using Microsoft.Data.Sqlite;
using WorkflowTalent.Persistence;

namespace WorkflowTalent.Server.Storage;

public static class StorageModule
{
    /// <summary>The workflow database from configuration, and a health check that answers when it is reachable.</summary>
    public static IServiceCollection AddWorkflowStorage(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var settings = configuration.GetSection(DatabaseSettings.Section).Get<DatabaseSettings>() ?? new DatabaseSettings();
        if (settings.IsEmbeddedDefault)
            settings.ConnectionString = AnchorSqliteFile(settings.ConnectionString, contentRoot);
        services.AddSingleton(settings);
        services.AddWorkflowPersistence(settings.Provider, settings.ConnectionString);
        services.AddHealthChecks().AddDbContextCheck<WorkflowDbContext>("database");
        return services;
    }

    // A relative SQLite path is relative to the content root, not to wherever `dotnet run` was typed.
    private static string AnchorSqliteFile(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && !Path.IsPathRooted(file) && !file.StartsWith("file:", StringComparison.Ordinal))
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, file));
        return builder.ToString();
    }
}
