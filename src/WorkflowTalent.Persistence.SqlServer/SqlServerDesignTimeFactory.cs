using Microsoft.EntityFrameworkCore.Design;

namespace WorkflowTalent.Persistence.SqlServer;

/// <summary>
/// For dotnet ef only: <c>dotnet ef migrations add &lt;Name&gt; --project src/WorkflowTalent.Persistence.SqlServer</c>.
/// The connection string is a placeholder; adding a migration does not connect.
/// </summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    public WorkflowDbContext CreateDbContext(string[] args) =>
        new(WorkflowDbOptions.Create(DatabaseProvider.SqlServer, args.Length > 0 ? args[0] : "Server=localhost;Database=WorkflowTalent;Trusted_Connection=True;TrustServerCertificate=True"));
}
