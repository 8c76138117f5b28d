using WorkflowTalent.Persistence;
using WorkflowTalent.Server.Tests.Support;
using WorkflowTalent.Testing;

namespace WorkflowTalent.Server.Tests.Background;

/// <summary>
/// The service with a real SMTP server (aiosmtpd) behind the outbox, and deadline rules for the leave workflow:
/// the county approval is reassigned to eshan.org when nobody claimed it within a day; the unit HR approval is
/// escalated to the Municipal Organisation Department when not completed within two days; nothing else.
/// </summary>
public abstract class MailServiceFixture : ServiceFixture
{
    private SmtpServer? _smtp;

    public SmtpServer Smtp => _smtp ?? throw new InvalidOperationException("the fixture is not initialised");

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Mail:SmtpHost"] = Smtp.Host,
        ["Mail:SmtpPort"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Security"] = "None",
        ["Reminders:BeforeDue"] = "1.00:00:00",
        ["Reminders:DeadlineActions:0:DefinitionId"] = "talent-leave",
        ["Reminders:DeadlineActions:0:ActivityId"] = "county",
        ["Reminders:DeadlineActions:0:After"] = "P1D",
        ["Reminders:DeadlineActions:0:WhenNot"] = "Claimed",
        ["Reminders:DeadlineActions:0:Action"] = "Reassign",
        ["Reminders:DeadlineActions:0:To"] = "eshan.org",
        ["Reminders:DeadlineActions:1:DefinitionId"] = "talent-leave",
        ["Reminders:DeadlineActions:1:ActivityId"] = "unitHr",
        ["Reminders:DeadlineActions:1:After"] = "P2D",
        ["Reminders:DeadlineActions:1:WhenNot"] = "Completed",
        ["Reminders:DeadlineActions:1:Action"] = "Escalate",
        ["Reminders:DeadlineActions:1:To"] = "MunicipalOrganization",
    };

    protected abstract Task<string> CreateServiceDatabaseAsync();

    protected sealed override async Task<string> CreateDatabaseAsync()
    {
        _smtp = await SmtpServer.StartAsync();
        return await CreateServiceDatabaseAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_smtp is not null)
            await _smtp.DisposeAsync();
    }
}

public sealed class SqliteMailServiceFixture : MailServiceFixture
{
    private readonly TempSqliteDatabase _database = new("wt-background");

    public override string Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateServiceDatabaseAsync() => Task.FromResult(_database.ConnectionString);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _database.Delete();
    }
}

public sealed class PostgreSqlMailServiceFixture : MailServiceFixture
{
    public override string Provider => DatabaseProvider.PostgreSql;

    protected override Task<string> CreateServiceDatabaseAsync() => SharedPostgres.CreateDatabaseAsync("background");
}
