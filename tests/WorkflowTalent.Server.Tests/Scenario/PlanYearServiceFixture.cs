using System.Globalization;
using WorkflowTalent.Persistence;
using WorkflowTalent.Server.Tests.Support;
using WorkflowTalent.Testing;

namespace WorkflowTalent.Server.Tests.Scenario;

/// <summary>
/// The service as a city runs it for a whole year: the embedded SQLite database, a real SMTP server (aiosmtpd) behind
/// the outbox, and registrations starting <c>talent-year</c> (selection → report-in → training as child instances).
/// </summary>
public sealed class PlanYearServiceFixture : ServiceFixture
{
    private readonly TempSqliteDatabase _database = new("wt-year");
    private SmtpServer? _smtp;

    public SmtpServer Smtp => _smtp ?? throw new InvalidOperationException("the fixture is not initialised");

    public override string Provider => DatabaseProvider.Sqlite;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Mail:SmtpHost"] = Smtp.Host,
        ["Mail:SmtpPort"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Mail:Security"] = "None",
        ["Applications:PlanDefinitionId"] = "talent-year",
    };

    protected override async Task<string> CreateDatabaseAsync()
    {
        _smtp = await SmtpServer.StartAsync();
        return _database.ConnectionString;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_smtp is not null)
            await _smtp.DisposeAsync();
        _database.Delete();
    }
}
