using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowTalent.Persistence;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Benchmarks.Service;

/// <summary>
/// <c>--breakdown start|fire [Sqlite|PostgreSql] [count]</c>: where the time of one service start (or one timer
/// fired as <c>TimerSweepJob</c> fires it) goes, by Stopwatch — the same steps as <see cref="WorkflowStepCommitter"/>
/// (begin, step, save, commit) on a host whose seams are timed, with every database command booked under the part
/// that sent it. Not a BenchmarkDotNet run: a profile behind the figures.
/// </summary>
internal static class Breakdown
{
    public const string Switch = "--breakdown";

    public static Task<int> RunAsync(string[] args)
    {
        var provider = args.Length > 1 ? args[1] : ServiceDatabase.PostgreSql;
        var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000;
        return args switch
        {
            ["fire", ..] => FireAsync(provider, count),
            ["starts", ..] => StartsAsync(provider, count),
            _ => StartAsync(provider, count),
        };
    }

    // ServiceStartBenchmarks' two operations, uninstrumented, in alternating rounds: a quick ratio, and the loop to
    // attach a profiler to (dotnet-trace collect -- dotnet WorkflowTalent.Benchmarks.dll --breakdown starts Sqlite 20000).
    private static async Task<int> StartsAsync(string provider, int count)
    {
        using var events = new EfEventTimes();
        var benchmark = new ServiceStartBenchmarks { Database = provider };
        await benchmark.Setup();
        try
        {
            for (var i = 0; i < Math.Max(200, count / 10); i++)
            {
                benchmark.ServiceStart();
                benchmark.RawInsert();
            }

            var service = new Stopwatch();
            var raw = new Stopwatch();
            var bytes = 0L;
            for (var round = 0; round < 10; round++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                events.Enabled = true;
                service.Start();
                for (var i = 0; i < count / 10; i++)
                    benchmark.ServiceStart();
                service.Stop();
                events.Enabled = false;
                bytes += GC.GetAllocatedBytesForCurrentThread() - before;
                raw.Start();
                for (var i = 0; i < count / 10; i++)
                    benchmark.RawInsert();
                raw.Stop();
            }

            var perStart = service.Elapsed.TotalMicroseconds / count;
            var perRaw = raw.Elapsed.TotalMicroseconds / count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{provider}: {count} starts via the container {perStart:N0} µs ({bytes / count / 1024.0:N0} KB allocated), raw insert {perRaw:N0} µs: rate ratio {perRaw / perStart:N2}"));
            // The fixed costs of a step around the engine: a scope with its services, and an empty transaction saved.
            var services = benchmark.ServiceSide.Services;
            var scopeOnly = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                using var scope = services.CreateScope();
                scope.ServiceProvider.GetRequiredService<WorkflowHost>();
                scope.ServiceProvider.GetRequiredService<WorkflowStepCommitter>();
            }

            scopeOnly.Stop();
            var emptyStep = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                using var scope = services.CreateScope();
                scope.ServiceProvider.GetRequiredService<WorkflowStepCommitter>().Commit(() => { });
            }

            emptyStep.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  a scope with host and committer: {scopeOnly.Elapsed.TotalMicroseconds / count:N1} µs; the same committing an empty step: {emptyStep.Elapsed.TotalMicroseconds / count:N1} µs"));
            // The committer's steps timed one by one, on the container's own services (no instrumented seams).
            var input = LeaveBenchmarks.Request("2026-09-14", "2026-09-18");
            var parts = new TimeBook();
            for (var i = 0; i < count; i++)
            {
                using var scope = services.CreateScope();
                var host = scope.ServiceProvider.GetRequiredService<WorkflowHost>();
                var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
                using var transaction = parts.Time("begin", () => db.Database.BeginTransaction());
                parts.Time("host.Start (engine, store staging)", () => host.Start(ServiceDatabase.LeaveDefinitionId, input));
                parts.Time("SaveChanges (new rows written, change detection)", () => db.SaveChanges());
                parts.Time("commit", transaction.Commit);
            }

            foreach (var (part, (ticks, _)) in parts.Parts)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {part}: {ticks * 1_000_000.0 / Stopwatch.Frequency / count:N1} µs"));
            foreach (var (part, (time, calls)) in events.Times.OrderByDescending(t => t.Value.Time))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {part}: {time.TotalMicroseconds / count:N1} µs, {calls / (double)count:N1} per start"));
            return 0;
        }
        finally
        {
            await benchmark.Cleanup();
        }
    }

    private static async Task<int> StartAsync(string provider, int count)
    {
        await using var database = await ServiceDatabase.CreateAsync(provider);
        var book = new TimeBook();
        var options = new DbContextOptionsBuilder<WorkflowDbContext>();
        WorkflowDbOptions.Configure(options, database.Provider, database.ConnectionString).AddInterceptors(new CommandTimer(book));
        var runtime = database.Services.GetRequiredService<WorkflowRuntime>();
        var cache = database.Services.GetRequiredService<CompiledWorkflowCache>();
        var input = LeaveBenchmarks.Request("2026-09-14", "2026-09-18");

        void StartOne()
        {
            using var db = book.Time("new DbContext + store + host", () => new WorkflowDbContext(options.Options));
            var store = new EfWorkflowStore(db);
            var seams = new TimedSeams(store, book);
            var host = new WorkflowHost(runtime, seams, seams, seams, seams, seams, cache);
            using var transaction = book.Time("BeginTransaction (open connection, BEGIN)", () => db.Database.BeginTransaction());
            book.Time("host.Start (engine + seams)", () => host.Start(ServiceDatabase.LeaveDefinitionId, input));
            book.Time("SaveChanges", () => db.SaveChanges());
            book.Time("Commit", transaction.Commit);
        }

        for (var i = 0; i < Math.Max(200, count / 10); i++)
            StartOne();
        book.Clear();
        var total = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
            StartOne();
        total.Stop();

        // The same steps through the service's container, for comparison with the hand-built host above.
        var viaContainer = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            using var scope = database.Services.CreateScope();
            var host = scope.ServiceProvider.GetRequiredService<WorkflowHost>();
            scope.ServiceProvider.GetRequiredService<WorkflowStepCommitter>().Commit(() => host.Start(ServiceDatabase.LeaveDefinitionId, input));
        }

        viaContainer.Stop();
        var json = await File.ReadAllTextAsync(RepositoryFiles.Path("workflows", "talent-leave.json"));
        var parseBytes = GC.GetAllocatedBytesForCurrentThread();
        var parse = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
            DefinitionSerializer.Read(json);
        parse.Stop();
        parseBytes = (GC.GetAllocatedBytesForCurrentThread() - parseBytes) / count;
        var startBytes = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 200; i++)
        {
            using var scope = database.Services.CreateScope();
            var host = scope.ServiceProvider.GetRequiredService<WorkflowHost>();
            scope.ServiceProvider.GetRequiredService<WorkflowStepCommitter>().Commit(() => host.Start(ServiceDatabase.LeaveDefinitionId, input));
        }

        startBytes = (GC.GetAllocatedBytesForCurrentThread() - startBytes) / 200;
        var compiled = cache.GetOrAdd(ServiceDatabase.LeaveDefinitionId, 1, () => throw new InvalidOperationException("not compiled"));
        var engine = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
            runtime.Start(compiled, input);
        engine.Stop();

        double Micro(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency / count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider}: {count} starts, {Micro(total.ElapsedTicks):N0} µs per start by hand, {Micro(viaContainer.ElapsedTicks):N0} µs via the container"));
        Report(book, count, "start");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| (alone) DefinitionSerializer.Read(talent-leave.json) | {Micro(parse.ElapsedTicks):N1} | {parseBytes / 1024.0:N0} KB allocated of {startBytes / 1024.0:N0} KB per start |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| (alone) runtime.Start in memory | {Micro(engine.ElapsedTicks):N1} | |"));
        return 0;
    }

    // The steps of TimerSweepJob.Fire, one timer at a time (the job runs 2 at once on this machine).
    private static async Task<int> FireAsync(string provider, int count)
    {
        var started = new DateTimeOffset(2026, 9, 1, 1, 0, 0, TimeSpan.Zero);
        var clock = new Workflows.Simulation.VirtualClock(started);
        await using var database = await ServiceDatabase.CreateAsync(provider, clock);
        database.Publish(DelayDefinition.Json);
        var warm = Math.Max(200, count / 10);
        for (var i = 0; i < warm + count; i++)
        {
            using var scope = database.Services.CreateScope();
            var host = scope.ServiceProvider.GetRequiredService<WorkflowHost>();
            scope.ServiceProvider.GetRequiredService<WorkflowStepCommitter>().Commit(() => host.Start(DelayDefinition.DefinitionId));
        }

        clock.MoveTo(started.AddHours(2));
        var now = clock.GetUtcNow();
        var book = new TimeBook();
        var options = new DbContextOptionsBuilder<WorkflowDbContext>();
        WorkflowDbOptions.Configure(options, database.Provider, database.ConnectionString).AddInterceptors(new CommandTimer(book));
        var runtime = database.Services.GetRequiredService<WorkflowRuntime>();
        var cache = database.Services.GetRequiredService<CompiledWorkflowCache>();
        List<Persistence.Timers.TimerRecord> due;
        using (var db = new WorkflowDbContext(options.Options))
            due = [.. new EfWorkflowStore(db, clock).DueTimers(now, warm + count)];

        void FireOne(Persistence.Timers.TimerRecord timer)
        {
            using var db = book.Time("new DbContext + store + host", () => new WorkflowDbContext(options.Options));
            var store = new EfWorkflowStore(db, clock);
            var seams = new TimedSeams(store, book);
            var host = new WorkflowHost(runtime, seams, seams, seams, seams, seams, cache);
            using var transaction = book.Time("BeginTransaction (open connection, BEGIN)", () => db.Database.BeginTransaction());
            book.Time("MarkFired (no read: the job checks the instance it loads)", () => store.MarkFired(timer, now));
            book.Time("host.FireTimer (engine + seams)", () => host.FireTimer(timer.InstanceId, timer.Id));
            book.Time("SaveChanges", () => db.SaveChanges());
            book.Time("Commit", transaction.Commit);
        }

        foreach (var timer in due.Take(warm))
            FireOne(timer);
        book.Clear();
        var total = Stopwatch.StartNew();
        foreach (var timer in due.Skip(warm))
            FireOne(timer);
        total.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{provider}: {count} timers fired one at a time, {total.Elapsed.TotalMilliseconds * 1000 / count:N0} µs per timer"));
        Report(book, count, "timer");
        return 0;
    }

    private static void Report(TimeBook book, int count, string what)
    {
        double Micro(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency / count;
        Console.WriteLine($"| part | µs per {what} | calls per {what} |");
        Console.WriteLine("| --- | ---: | ---: |");
        foreach (var (part, (ticks, calls)) in book.Parts.OrderBy(p => p.Key, StringComparer.Ordinal))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {part} | {Micro(ticks):N1} | {calls / (double)count:N1} |"));
    }
}
