using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WorkflowTalent.Persistence;

namespace WorkflowTalent.Server.Tests.Support;

/// <summary>
/// The service on a database of its own for one test class: migrated, demo users seeded, workflows/ imported.
/// Tests share it, so each makes its own cases. One derived fixture per provider, so the same tests run on both.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync")]
public abstract class ServiceFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 9, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public const string DemoPassword = "Yuxi-2026!";

    private ServiceFactory? _factory;

    public FakeTimeProvider Clock { get; } = new(Start);

    public ServiceFactory Factory => _factory ?? throw new InvalidOperationException("the fixture is not initialised");

    public abstract string Provider { get; }

    public string ConnectionString { get; private set; } = "";

    /// <summary>Extra configuration for the service, e.g. an SMTP server.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected abstract Task<string> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        ConnectionString = await CreateDatabaseAsync();
        _factory = new ServiceFactory(Provider, ConnectionString, Clock, Settings);
        _ = _factory.Server; // starts the host: migrate, seed, import
    }

    public virtual async Task DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
    }

    /// <summary>An HttpClient signed in as a demo user with a bearer token.</summary>
    public async Task<HttpClient> SignInAsync(string userName)
    {
        var client = Factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>Runs <paramref name="read"/> on a fresh context, to check what was committed.</summary>
    public T Db<T>(Func<WorkflowDbContext, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var scope = Factory.Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<WorkflowDbContext>());
    }

    /// <summary>Runs <paramref name="action"/> with the services of a new scope (a job, a store), as a background job would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private sealed record TokenResponse(string AccessToken);
}

public sealed class SqliteServiceFixture : ServiceFixture
{
    private readonly TempSqliteDatabase _database = new("wt-service");

    public override string Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(_database.ConnectionString);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _database.Delete();
    }
}

public sealed class PostgreSqlServiceFixture : ServiceFixture
{
    public override string Provider => DatabaseProvider.PostgreSql;

    protected override Task<string> CreateDatabaseAsync() => SharedPostgres.CreateDatabaseAsync("service");
}
