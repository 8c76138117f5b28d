using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace WorkflowTalent.Persistence;

public static class WorkflowDatabaseMigrator
{
    /// <summary>
    /// Applies the provider's pending migrations; with SQLite, creates the database file and its folder first,
    /// so the embedded default starts on a fresh machine with nothing to install.
    /// </summary>
    public static void MigrateWorkflowDatabase(this IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        if (db.Database.IsSqlite()
            && new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource is { Length: > 0 } file
            && file != ":memory:"
            && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
            Directory.CreateDirectory(folder);
        db.Database.Migrate();
    }
}
