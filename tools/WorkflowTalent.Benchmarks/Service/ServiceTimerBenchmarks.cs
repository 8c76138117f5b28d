using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkflowTalent.Persistence;
using WorkflowTalent.Server.Background;
using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Simulation;

namespace WorkflowTalent.Benchmarks.Service;

/// <summary>
/// 100,000 instances of Start → Delay PT1H → End waiting on PostgreSQL, the clock two hours on, and one sweep that
/// fires every due timer, each in its own transaction: the service's <see cref="TimerSweepJob"/> with its default
/// options (pages of 1,000; on PostgreSQL min(cores, 8) timers at once, here 2). The waiting instances are copies (fresh ids, binary COPY) of
/// one started through the service's engine and store, re-seeded before each iteration. The goal is under 60 s.
/// </summary>
[Config(typeof(ServiceJobs.OneShot))]
public class ServiceTimerBenchmarks
{
    /// <summary>100,000; WORKFLOWTALENT_BENCH_TIMERS sets fewer for a quick check that the benchmark runs.</summary>
    public static readonly int TimerCount =
        int.TryParse(Environment.GetEnvironmentVariable("WORKFLOWTALENT_BENCH_TIMERS"), System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : 100_000;

    private static readonly string[] Tables = ["Instances", "Journal", "Timers", "EventWaits"];
    private static readonly DateTimeOffset Started = new(2026, 9, 1, 1, 0, 0, TimeSpan.Zero);

    private readonly VirtualClock _clock = new(Started);
    private ServiceDatabase _database = null!;
    private List<CapturedTable> _template = null!;
    private IdRewriter _ids = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _database = await ServiceDatabase.CreateAsync(ServiceDatabase.PostgreSql, _clock);
        _database.Publish(DelayDefinition.Json);
        using (var scope = _database.Services.CreateScope())
        {
            var host = scope.ServiceProvider.GetRequiredService<WorkflowHost>();
            scope.ServiceProvider.GetRequiredService<WorkflowStepCommitter>().Commit(() => host.Start(DelayDefinition.DefinitionId));
        }

        await using var connection = (NpgsqlConnection)_database.OpenConnection();
        _template = [.. Tables.Select(t => CapturedTable.Read(connection, t)).Where(t => t.Rows.Count > 0)];
        var timers = _template.Find(t => t.Name == "Timers");
        if (timers?.Rows.Count != 1)
            throw new InvalidOperationException($"the delay workflow scheduled {timers?.Rows.Count ?? 0} timer(s), not 1");
        _ids = new IdRewriter(_template.Where(t => t.Name is "Instances" or "Timers" or "EventWaits").SelectMany(t => t.Rows.Select(r => (string)r[t.Columns.ToList().IndexOf("Id")]!)));
        Console.WriteLine($"// each waiting instance: {string.Join("; ", _template.Select(t => t.Describe()))}");
        _clock.MoveTo(Started.AddHours(2));
    }

    [IterationSetup]
    public void Seed() => SeedAsync().GetAwaiter().GetResult();

    [IterationCleanup]
    public void Check()
    {
        using var connection = (NpgsqlConnection)_database.OpenConnection();
        using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM \"Timers\" WHERE \"State\" = 'Fired'), (SELECT count(*) FROM \"Instances\" WHERE \"Status\" = 'Finished')", connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        var (fired, finished) = (reader.GetInt64(0), reader.GetInt64(1));
        Console.WriteLine($"// after the sweep: {fired:N0} timers fired, {finished:N0} instances finished");
        if (fired != TimerCount || finished != TimerCount)
            throw new InvalidOperationException($"the sweep fired {fired} timers and finished {finished} instances, not {TimerCount}");
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _database.DisposeAsync();

    [Benchmark(Description = "TimerSweepJob.RunAsync: fire 100,000 due timers")]
    public Task<int> FireAll() => ActivatorUtilities.CreateInstance<TimerSweepJob>(_database.Services).RunAsync();

    private async Task SeedAsync()
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        await using var connection = (NpgsqlConnection)_database.OpenConnection();
        await using (var truncate = new NpgsqlCommand("TRUNCATE \"Instances\", \"Journal\", \"Timers\", \"EventWaits\", \"Tasks\", \"TaskHistory\", \"OutboxMails\"", connection))
            await truncate.ExecuteNonQueryAsync();
        var copies = Enumerable.Range(0, TimerCount).Select(_ => _ids.NewIds()).ToList();
        foreach (var table in _template)
            await PostgresCopy.WriteAsync(connection, table, _ids, copies);
        await using (var analyze = new NpgsqlCommand("VACUUM ANALYZE \"Instances\", \"Journal\", \"Timers\"", connection) { CommandTimeout = 600 })
            await analyze.ExecuteNonQueryAsync();
        Console.WriteLine($"// seeded {TimerCount:N0} waiting instances in {stopwatch.Elapsed.TotalSeconds:N1} s");
    }
}
