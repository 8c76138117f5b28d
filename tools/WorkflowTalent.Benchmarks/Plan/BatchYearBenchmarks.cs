using BenchmarkDotNet.Attributes;
using WorkflowTalent.Workflows.Expressions;
using WorkflowTalent.Workflows.Hosting;

namespace WorkflowTalent.Benchmarks.Plan;

/// <summary>
/// Issue 5: a whole batch of 100 trainees of the nine counties through the year (<see cref="BatchYear"/>) on the
/// engine's host over in-memory stores and a virtual clock. One operation is the whole batch; the per trainee-year
/// column is its mean / 100. The goal is under 50 ms per trainee-year.
/// </summary>
[Config(typeof(BatchYearJobs.InMemory))]
public class BatchYearBenchmarks
{
    public const int Trainees = 100;

    private readonly CompiledWorkflowCache _compiled = new();
    private readonly ExpressionEvaluator _expressions = new();
    private IReadOnlyList<BatchTrainee> _batch = null!;
    private InMemoryDefinitionStore _definitions = null!;

    [GlobalSetup]
    public void Setup()
    {
        _batch = BatchTrainee.Batch(Trainees);
        _definitions = InMemoryBatchSteps.LoadDefinitions();

        // A batch that faults half-way, or skips a stage, would be timed as a fast one.
        var steps = new InMemoryBatchSteps(_definitions, _compiled, _expressions);
        var tally = steps.Tally(BatchYear.Run(steps, _batch));
        tally.Check(_batch);
        Console.WriteLine($"// one batch: {tally.Instances} instances, {tally.Tasks} tasks, {tally.Mails} mails, {tally.TimersFired} timers fired");
    }

    [Benchmark(Description = "in memory: 100 trainee-years (talent-year + leave, discipline, extension)")]
    public int InMemoryBatch()
    {
        var steps = new InMemoryBatchSteps(_definitions, _compiled, _expressions);
        return BatchYear.Run(steps, _batch).Count;
    }
}
