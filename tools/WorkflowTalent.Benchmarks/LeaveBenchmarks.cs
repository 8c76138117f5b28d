using System.Globalization;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Testing;
using WorkflowTalent.Workflows.Simulation;

namespace WorkflowTalent.Benchmarks;

/// <summary>
/// One leave request (R15.1, <c>workflows/talent-leave.json</c>) from start to finish, in memory, on the runtime
/// alone: no host, no store. The goal is 5,000 instances a second per core and under 100 KB allocated per instance.
/// </summary>
[MemoryDiagnoser]
public class LeaveBenchmarks
{
    private static readonly ResumeSignal.TaskCompletion CountyApproves = Approve("CountyOrganization", "峨山彝族自治县");
    private static readonly ResumeSignal.TaskCompletion UnitHrApproves = Approve("ReceivingUnitHr", "玉溪市人民医院");
    private static readonly ResumeSignal.TaskCompletion UnitApproves = Approve("ReceivingUnit", "玉溪市人民医院");

    private WorkflowRuntime _runtime = null!;
    private CompiledWorkflow _workflow = null!;
    private JsonObject _longLeave = null!;
    private JsonObject _shortLeave = null!;

    [GlobalSetup]
    public void Setup()
    {
        var clock = new VirtualClock(DateTimeOffset.Parse("2026-09-01T09:00:00+08:00", CultureInfo.InvariantCulture));
        _runtime = new WorkflowRuntime(clock);
        var read = DefinitionSerializer.Read(File.ReadAllBytes(RepositoryFiles.Path("workflows", "talent-leave.json")));
        _workflow = _runtime.Compile(read.Definition ?? throw new InvalidOperationException(string.Join("; ", read.Problems)));
        _longLeave = Request("2026-09-14", "2026-09-18");
        _shortLeave = Request("2026-09-10", "2026-09-11");

        // A benchmark of a run that faults half-way would measure the wrong thing.
        Expect(LongLeave(), "long leave");
        Expect(ShortLeave(), "short leave");
    }

    [Benchmark(Description = "long leave: start, county + unitHr approve")]
    public WorkflowInstance LongLeave()
    {
        var instance = _runtime.Start(_workflow, _longLeave).Instance;
        _runtime.CompleteTask(_workflow, instance, "county", CountyApproves);
        return _runtime.CompleteTask(_workflow, instance, "unitHr", UnitHrApproves).Instance;
    }

    [Benchmark(Description = "short leave: start, unit approves")]
    public WorkflowInstance ShortLeave()
    {
        var instance = _runtime.Start(_workflow, _shortLeave).Instance;
        return _runtime.CompleteTask(_workflow, instance, "unit", UnitApproves).Instance;
    }

    internal static JsonObject Request(string startDate, string endDate) => LeaveInputs.For(startDate, endDate);

    private static ResumeSignal.TaskCompletion Approve(string role, string scope) =>
        new("Approve", new JsonObject { ["comment"] = "同意" }, "同意", new Actor(role, scope, "benchmark"));

    private static void Expect(WorkflowInstance instance, string what)
    {
        if (instance.Status != WorkflowStatus.Finished)
            throw new InvalidOperationException($"{what} ended {instance.Status}: {instance.FaultMessage}");
    }
}
