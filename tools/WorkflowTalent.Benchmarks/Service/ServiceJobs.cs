using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Mathematics.OutlierDetection;

namespace WorkflowTalent.Benchmarks.Service;

/// <summary>
/// The jobs of the service benchmarks. They run in the benchmark process (InProcessEmitToolchain): the default
/// toolchain rebuilds every referenced project, the server included, for each run, which takes minutes and fails
/// whenever someone's half-written change to the server is on disk. Each class starts its own database in
/// GlobalSetup; 30 minutes is room for seeding a million rows on a busy machine.
/// </summary>
internal static class ServiceJobs
{
    private static readonly InProcessEmitToolchain InProcess = new(TimeSpan.FromMinutes(30), logOutput: true);

    /// <summary>
    /// Throughput: BenchmarkDotNet picks the operations per iteration and warms up until stable (in process, the first
    /// case also pays for the JIT and EF Core's query caches); 10 measured iterations.
    /// </summary>
    public sealed class Throughput : ManualConfig
    {
        public Throughput() => AddJob(Job.Default.WithToolchain(InProcess).WithIterationCount(10).WithId("service"));
    }

    /// <summary>One operation per iteration, so that the percentiles are those of single requests; nothing dropped as an outlier.</summary>
    public sealed class Latency : ManualConfig
    {
        public Latency()
        {
            AddJob(Job.Default.WithToolchain(InProcess).WithStrategy(RunStrategy.Monitoring)
                .WithWarmupCount(20).WithIterationCount(300).WithInvocationCount(1).WithUnrollFactor(1)
                .WithOutlierMode(OutlierMode.DontRemove).WithId("requests"));
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Min, BenchmarkDotNet.Columns.StatisticColumn.Median,
                BenchmarkDotNet.Columns.StatisticColumn.P95, new PercentileColumn(99), BenchmarkDotNet.Columns.StatisticColumn.Max);
        }
    }

    /// <summary>A single cold run, for work measured in seconds whose data setup cannot be repeated cheaply.</summary>
    public sealed class OneShot : ManualConfig
    {
        public OneShot() => AddJob(Job.Default.WithToolchain(InProcess).WithStrategy(RunStrategy.ColdStart)
            .WithLaunchCount(1).WithWarmupCount(0).WithIterationCount(1).WithId("one-shot"));
    }
}
