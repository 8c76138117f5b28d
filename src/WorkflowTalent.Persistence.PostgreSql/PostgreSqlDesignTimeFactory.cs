using Microsoft.EntityFrameworkCore.Design;

namespace WorkflowTalent.Persistence.PostgreSql;

/// <summary>
/// For dotnet ef only: <c>dotnet ef migrations add &lt;Name&gt; --project src/WorkflowTalent.Persistence.PostgreSql</c>.
/// The connection string is a placeholder; adding a migration does not connect.
/// </summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    public WorkflowDbContext CreateDbContext(string[] args) =>
        new(WorkflowDbOptions.Create(DatabaseProvider.PostgreSql, args.Length > 0 ? args[0] : "Host=localhost;Database=workflowtalent;Username=postgres"));
}
