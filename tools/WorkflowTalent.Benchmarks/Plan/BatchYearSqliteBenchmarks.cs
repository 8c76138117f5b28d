using BenchmarkDotNet.Attributes;
using WorkflowTalent.Benchmarks.Service;
using WorkflowTalent.Workflows.Simulation;

namespace WorkflowTalent.Benchmarks.Plan;

/// <summary>
/// Issue 5: the same batch of 100 trainee-years (<see cref="BatchYear"/>) through the service's container on SQLite
/// (<see cref="ServiceBatchSteps"/>: a transaction per step, timers fired by TimerSweepJob on a virtual clock). One
/// operation is the whole batch, on a database migrated and published afresh before each iteration (not timed).
/// </summary>
[Config(typeof(BatchYearJobs.Service))]
#pragma warning disable CA1001 // BenchmarkDotNet disposes nothing; IterationCleanup does.
public class BatchYearSqliteBenchmarks
#pragma warning restore CA1001
{
    private IReadOnlyList<BatchTrainee> _batch = null!;
    private ServiceDatabase? _database;
    private ServiceBatchSteps _steps = null!;
    private IReadOnlyList<string> _years = [];

    [GlobalSetup]
    public void Setup()
    {
        _batch = BatchTrainee.Batch(BatchYearBenchmarks.Trainees);
        Fresh();
        _years = BatchYear.Run(_steps, _batch);
        Check();
    }

    [IterationSetup]
    public void Fresh()
    {
        var clock = new VirtualClock(BatchYear.Opens);
        _database = ServiceDatabase.CreateAsync(ServiceDatabase.Sqlite, clock).GetAwaiter().GetResult();
        ServiceBatchSteps.PublishAsync(_database).GetAwaiter().GetResult();
        _steps = new ServiceBatchSteps(_database, clock);
    }

    [IterationCleanup]
    public void Check()
    {
        var tally = _steps.Tally(_years);
        Console.WriteLine($"// the batch left {tally.Instances} instances, {tally.Tasks} tasks, {tally.Mails} mails, {tally.TimersFired} timers fired");
        try
        {
            tally.Check(_batch);
        }
        finally
        {
            _database!.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _database = null;
        }
    }

    [Benchmark(Description = "SQLite, service steps + TimerSweepJob: 100 trainee-years")]
    public int SqliteBatch()
    {
        _years = BatchYear.Run(_steps, _batch);
        return _years.Count;
    }
}
