using System.Globalization;
using BenchmarkDotNet.Attributes;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Simulation;

namespace WorkflowTalent.Benchmarks;

/// <summary>A generated 50-activity flowchart (WriteLine, SetVariable, FlowDecision with JavaScript, forks and joins), start to finish in one step.</summary>
[MemoryDiagnoser]
public class FlowchartBenchmarks
{
    private WorkflowRuntime _runtime = null!;
    private CompiledWorkflow _workflow = null!;

    [GlobalSetup]
    public void Setup()
    {
        _runtime = new WorkflowRuntime(new VirtualClock(DateTimeOffset.Parse("2026-09-01T09:00:00+08:00", CultureInfo.InvariantCulture)));
        var read = DefinitionSerializer.Read(GeneratedFlowchart.Create());
        _workflow = _runtime.Compile(read.Definition ?? throw new InvalidOperationException(string.Join("; ", read.Problems)));

        // Compared as JSON text: the variable's CLR type (Int32 now, Int64 before) is the engine's to choose.
        var instance = Run();
        if (instance.Status != WorkflowStatus.Finished || instance.Variables["counter"]?.ToJsonString() != GeneratedFlowchart.Segments.ToString(CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"the generated flowchart ended {instance.Status} ({instance.FaultMessage}), counter {instance.Variables["counter"]}");
    }

    [Benchmark(Description = "50-activity flowchart: start to finish")]
    public WorkflowInstance Run() => _runtime.Start(_workflow).Instance;
}
