using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Tests.Support;

/// <summary>
/// One instance driven straight through <see cref="WorkflowRuntime"/> on a <see cref="FakeTimeProvider"/>,
/// with no host: what a test sees is exactly what each runtime call returns.
/// </summary>
public sealed class RuntimeDriver
{
    public RuntimeDriver(WorkflowDefinition definition, WorkflowRuntimeOptions? options = null, DateTimeOffset? start = null)
    {
        Clock = new FakeTimeProvider(start ?? WorkflowHarness.DefaultStart);
        var sequence = 0;
        Runtime = new WorkflowRuntime(Clock, options: options ?? new WorkflowRuntimeOptions { NewInstanceId = () => $"run-{++sequence}" });
        Workflow = Runtime.Compile(definition);
    }

    public FakeTimeProvider Clock { get; }
    public WorkflowRuntime Runtime { get; }
    public CompiledWorkflow Workflow { get; }
    public WorkflowInstance? Instance { get; private set; }
    public WorkflowInstance Current => Instance ?? throw new InvalidOperationException("start the instance first");
    public string Serialized => InstanceSerializer.Serialize(Current);

    public StepResult Start(JsonObject? input = null, string? correlationId = null)
    {
        var step = Runtime.Start(Workflow, input, correlationId);
        Instance = step.Instance;
        return step;
    }

    public StepResult Complete(string activity, string outcome, string role, string? scope = null, string user = "tester",
        JsonObject? data = null, string? comment = null) =>
        Runtime.CompleteTask(Workflow, Current, activity, new ResumeSignal.TaskCompletion(outcome, data, comment, new Actor(role, scope, user)));
}
