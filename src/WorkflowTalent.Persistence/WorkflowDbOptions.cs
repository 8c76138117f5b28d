using Microsoft.EntityFrameworkCore;

namespace WorkflowTalent.Persistence;

/// <summary>Points a context at a provider, with its migrations in the provider's own assembly (the EF Core way).</summary>
public static class WorkflowDbOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return provider switch
        {
            _ when provider.Equals(DatabaseProvider.Sqlite, StringComparison.OrdinalIgnoreCase) =>
                builder.UseSqlite(connectionString, x => x.MigrationsAssembly("WorkflowTalent.Persistence.Sqlite")),
            _ when provider.Equals(DatabaseProvider.PostgreSql, StringComparison.OrdinalIgnoreCase) =>
                builder.UseNpgsql(WithAutoPrepare(connectionString), x => x.MigrationsAssembly("WorkflowTalent.Persistence.PostgreSql")),
            _ when provider.Equals(DatabaseProvider.SqlServer, StringComparison.OrdinalIgnoreCase) =>
                builder.UseSqlServer(connectionString, x => x.MigrationsAssembly("WorkflowTalent.Persistence.SqlServer")),
            _ => throw new ArgumentException(
                $"unknown database provider '{provider}'; use {DatabaseProvider.Sqlite}, {DatabaseProvider.PostgreSql} or {DatabaseProvider.SqlServer}", nameof(provider)),
        };
    }

    // Every step runs the same few statements: prepared once per connection, they skip the server's parse and plan.
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
            builder.MaxAutoPrepare = 32;
        return builder.ConnectionString;
    }

    public static DbContextOptions<WorkflowDbContext> Create(string provider, string connectionString) =>
        (DbContextOptions<WorkflowDbContext>)Configure(new DbContextOptionsBuilder<WorkflowDbContext>(), provider, connectionString).Options;
}
