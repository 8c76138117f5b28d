using System.Data.Common;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowTalent.Persistence;
using WorkflowTalent.Workflows.Hosting;

namespace WorkflowTalent.Benchmarks.Service;

/// <summary>
/// What the service does for POST /api/instances, on a real database: a new scope and context, then
/// <c>WorkflowStepCommitter.Commit(() =&gt; host.Start("talent-leave", input))</c> for a 5-day leave (R15.1), which stores
/// the instance, its journal, two tasks with their history and two timers in one transaction. The baseline inserts
/// the same rows (captured from one such start) with raw ADO.NET, in one transaction, on the same database.
/// The goal is a rate at least half the baseline's (the Ratio column, a time ratio, at most 2).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ServiceJobs.Throughput))]
#pragma warning disable CA1001 // BenchmarkDotNet disposes nothing; GlobalCleanup does.
public class ServiceStartBenchmarks
#pragma warning restore CA1001
{
    private static readonly string[] Tables = ["Instances", "Journal", "Tasks", "TaskHistory", "Timers", "OutboxMails", "EventWaits"];
    private static readonly string[] IdTables = ["Instances", "Tasks", "Timers", "OutboxMails", "EventWaits"];

    private ServiceDatabase _database = null!;
    private JsonObject _input = null!;
    private DbConnection _rawConnection = null!;
    private RawStartInserter _raw = null!;

    [Params(ServiceDatabase.Sqlite, ServiceDatabase.PostgreSql, ServiceDatabase.DurablePostgreSql)]
    public string Database { get; set; } = ServiceDatabase.Sqlite;

    [GlobalSetup]
    public async Task Setup()
    {
        _database = await ServiceDatabase.CreateAsync(Database);
        _input = LeaveBenchmarks.Request("2026-09-14", "2026-09-18");
        StartLeave();

        // The database holds that one start and nothing else: its rows are what one operation writes.
        _rawConnection = _database.OpenConnection();
        var tables = Tables.Select(t => CapturedTable.Read(_rawConnection, t)).Where(t => t.Rows.Count > 0).ToList();
        var ids = tables.Where(t => IdTables.Contains(t.Name)).SelectMany(t => t.Rows.Select(r => (string)r[t.Columns.ToList().IndexOf("Id")]!));
        var tasks = tables.Find(t => t.Name == "Tasks")?.Rows.Count;
        var timers = tables.Find(t => t.Name == "Timers")?.Rows.Count;
        if (tasks != 2 || timers != 2)
            throw new InvalidOperationException($"a long leave stored {tasks} task(s) and {timers} timer(s), not 2 and 2");
        _raw = new RawStartInserter(_rawConnection, tables, new IdRewriter(ids));
        Console.WriteLine($"// one start writes {_raw.RowCount} rows: {string.Join("; ", tables.Select(t => t.Describe()))}");
    }

    /// <summary>The database the service side runs on, for the profiles of <c>--breakdown starts</c>.</summary>
    internal ServiceDatabase ServiceSide => _database;

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _raw.Dispose();
        await _rawConnection.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Benchmark(Description = "service: start long leave, commit")]
    public string ServiceStart() => StartLeave();

    [Benchmark(Baseline = true, Description = "raw ADO.NET: insert the same rows, commit")]
    public void RawInsert() => _raw.InsertAndCommit();

    private string StartLeave()
    {
        using var scope = _database.Services.CreateScope();
        var committer = scope.ServiceProvider.GetRequiredService<WorkflowStepCommitter>();
        var host = scope.ServiceProvider.GetRequiredService<WorkflowHost>();
        return committer.Commit(() => host.Start(ServiceDatabase.LeaveDefinitionId, _input)).Instance.Id;
    }
}
