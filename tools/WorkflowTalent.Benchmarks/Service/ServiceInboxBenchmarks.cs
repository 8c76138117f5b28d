using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Server.Identity;
using ServiceAccess = WorkflowTalent.Server.Access.Access;

namespace WorkflowTalent.Benchmarks.Service;

/// <summary>
/// The inbox of a county official (CountyOrganization, 峨山彝族自治县) over 1,000,000 tasks on PostgreSQL: the first
/// page of 50 open tasks, soonest due first, and their count, through the service's access rule, as one request does
/// it (a new scope and context, no tracking). One invocation per iteration, so the percentiles are per request.
/// The goal is p99 under 50 ms.
/// </summary>
[Config(typeof(ServiceJobs.Latency))]
public class ServiceInboxBenchmarks
{
    public const int TaskCount = 1_000_000;
    public const int PageSize = 50;

    private static readonly ServiceAccess CountyOfficial = new(
        new Caller(InboxSeeder.CountyOfficial, new HashSet<string>(StringComparer.Ordinal) { WorkflowRoles.CountyOrganization }, InboxSeeder.County), []);

    private ServiceDatabase _database = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _database = await ServiceDatabase.CreateAsync(ServiceDatabase.PostgreSql);
        var seeding = System.Diagnostics.Stopwatch.StartNew();
        await InboxSeeder.SeedAsync(_database.ConnectionString, TaskCount);
        Console.WriteLine($"// seeded {TaskCount:N0} tasks by COPY (and VACUUM ANALYZE) in {seeding.Elapsed.TotalSeconds:N1} s");
        var (count, page) = await Inbox(_database.Services);
        if (page.Count != PageSize || count < PageSize || page.Any(t => t.Status != HumanTaskStatus.Open))
            throw new InvalidOperationException($"the inbox answered {page.Count} of {count} tasks");
        Console.WriteLine($"// the county official's inbox: {count:N0} open tasks");
        Console.WriteLine(await ExplainAsync());
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _database.DisposeAsync();

    [Benchmark(Description = "inbox: 50 open tasks of 1,000,000 + count (county official)")]
    public async Task<int> FirstPageAndCount() => (await Inbox(_database.Services)).Count;

    private static async Task<(int Count, List<TaskRecord> Page)> Inbox(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        return await Inbox(db);
    }

    private static async Task<(int Count, List<TaskRecord> Page)> Inbox(WorkflowDbContext db)
    {
        var open = CountyOfficial.Tasks(db.Tasks.AsNoTracking()).Where(t => t.Status == HumanTaskStatus.Open);
        var page = await open.OrderBy(t => t.Due).Skip(0).Take(PageSize).ToListAsync();
        var count = await open.CountAsync();
        return (count, page);
    }

    // EXPLAIN (ANALYZE, BUFFERS) of the very commands EF Core sent, with their parameters.
    private async Task<string> ExplainAsync()
    {
        var capture = new CommandCapture();
        var options = new DbContextOptionsBuilder<WorkflowDbContext>();
        WorkflowDbOptions.Configure(options, _database.Provider, _database.ConnectionString).AddInterceptors(capture);
        await using (var db = new WorkflowDbContext(options.Options))
            await Inbox(db);

        var text = new StringBuilder();
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        foreach (var (sql, parameters) in capture.Commands)
        {
            text.AppendLine("// ---- SQL ----").AppendLine(sql);
            text.AppendLine("// parameters: " + string.Join(", ", parameters.Select(p => $"{p.ParameterName}={Show(p.Value)}")));
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection);
            explain.Parameters.AddRange(parameters);
            await using var reader = await explain.ExecuteReaderAsync();
            text.AppendLine("// ---- plan ----");
            while (await reader.ReadAsync())
                text.AppendLine(reader.GetString(0));
        }

        return text.ToString();
    }

    private static string Show(object? value) => value is System.Collections.IEnumerable list and not string
        ? "[" + string.Join(", ", list.Cast<object>()) + "]"
        : value?.ToString() ?? "null";
}
