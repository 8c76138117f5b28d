using WorkflowTalent.Persistence;
using WorkflowTalent.Server.Applications;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Applications;

/// <summary>The service with <c>Applications:PlanDefinitionId = talent-year</c>: registration starts the parent of the year.</summary>
public sealed class YearSqliteServiceFixture : ServiceFixture
{
    private readonly TempSqliteDatabase _database = new("wt-year");

    public override string Provider => DatabaseProvider.Sqlite;

    protected override IReadOnlyDictionary<string, string?> Settings => YearSettings.Values;

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(_database.ConnectionString);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _database.Delete();
    }
}

public sealed class YearPostgreSqlServiceFixture : ServiceFixture
{
    public override string Provider => DatabaseProvider.PostgreSql;

    protected override IReadOnlyDictionary<string, string?> Settings => YearSettings.Values;

    protected override Task<string> CreateDatabaseAsync() => SharedPostgres.CreateDatabaseAsync("year");
}

internal static class YearSettings
{
    public static IReadOnlyDictionary<string, string?> Values { get; } = new Dictionary<string, string?>
    {
        [$"{ApplicationsOptions.Section}:{nameof(ApplicationsOptions.PlanDefinitionId)}"] = PlanDefinitions.Year,
    };
}
