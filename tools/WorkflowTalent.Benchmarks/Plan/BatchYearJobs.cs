using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Mathematics.OutlierDetection;

namespace WorkflowTalent.Benchmarks.Plan;

/// <summary>
/// The jobs of the batch benchmarks, in the benchmark process as the service benchmarks run (see ServiceJobs: the
/// default toolchain would rebuild the server for every run), each with the per trainee-year column.
/// </summary>
internal static class BatchYearJobs
{
    private static readonly InProcessEmitToolchain InProcess = new(TimeSpan.FromMinutes(30), logOutput: true);

    /// <summary>In memory: BenchmarkDotNet warms up until stable, then 20 measured iterations of one batch each.</summary>
    public sealed class InMemory : ManualConfig
    {
        public InMemory()
        {
            AddJob(Job.Default.WithToolchain(InProcess).WithIterationCount(20).WithInvocationCount(1).WithUnrollFactor(1).WithId("in-memory"));
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(new PerTraineeColumn(BatchYearBenchmarks.Trainees));
        }
    }

    /// <summary>On a database: each iteration is one batch on a freshly migrated database, one warm-up, five measured.</summary>
    public sealed class Service : ManualConfig
    {
        public Service()
        {
            AddJob(Job.Default.WithToolchain(InProcess).WithStrategy(RunStrategy.Monitoring)
                .WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1)
                .WithOutlierMode(OutlierMode.DontRemove).WithId("sqlite-batch"));
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Min, BenchmarkDotNet.Columns.StatisticColumn.Max,
                new PerTraineeColumn(BatchYearBenchmarks.Trainees));
        }
    }
}
