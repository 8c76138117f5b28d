using Microsoft.EntityFrameworkCore.Design;

namespace WorkflowTalent.Persistence.Sqlite;

/// <summary>
/// For dotnet ef only: <c>dotnet ef migrations add &lt;Name&gt; --project src/WorkflowTalent.Persistence.Sqlite</c>.
/// The connection string is a placeholder; adding a migration does not connect.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    public WorkflowDbContext CreateDbContext(string[] args) =>
        new(WorkflowDbOptions.Create(DatabaseProvider.Sqlite, args.Length > 0 ? args[0] : "Data Source=workflowtalent.db"));
}
