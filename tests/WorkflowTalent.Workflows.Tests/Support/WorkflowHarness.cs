using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Simulation;

namespace WorkflowTalent.Workflows.Tests.Support;

/// <summary>
/// One instance of a definition on the simulator's in-memory host and virtual clock: time moves only
/// when a test advances it, and every timer due on the way fires at its own due time.
/// </summary>
public sealed class WorkflowHarness
{
    /// <summary>Monday 2 March 2026, 09:00 in Asia/Shanghai.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly WorkflowDefinition _definition;
    private string? _instanceId;

    public WorkflowHarness(WorkflowDefinition definition, IEnumerable<WorkflowDefinition>? others = null, DateTimeOffset? start = null)
    {
        _definition = definition;
        Simulator = new WorkflowSimulator(definition, start ?? DefaultStart, others);
    }

    public WorkflowSimulator Simulator { get; }
    public WorkflowHost Host => Simulator.Host;
    public DateTimeOffset Now => Simulator.Now;
    public string InstanceId => _instanceId ?? throw new InvalidOperationException("start the instance first");
    public WorkflowInstance Instance => Host.Instances.Find(InstanceId) ?? throw new InvalidOperationException($"instance {InstanceId} is not stored");
    public IReadOnlyList<JournalEntry> Journal => Instance.Journal;
    public List<string> Trace => JournalTrace.Of(Journal);
    public List<string> Output => JournalTrace.Output(Journal);
    public List<string> OpenTasks => [.. Instance.OpenTasks.Select(b => b.ActivityId)];
    public int PendingTimers => ((InMemoryTimerScheduler)Host.Timers).Count;
    public string Serialized => InstanceSerializer.Serialize(Instance);

    public WorkflowInstance Start(JsonObject? input = null, string? correlationId = null)
    {
        var step = Host.Start(_definition.DefinitionId, input, correlationId, _definition.Version);
        _instanceId = step.Instance.Id;
        return step.Instance;
    }

    public StepResult Complete(string activity, string outcome, string role, string? scope = null, string user = "tester",
        JsonObject? data = null, string? comment = null) =>
        Host.CompleteTask(InstanceId, activity, new ResumeSignal.TaskCompletion(outcome, data, comment, new Actor(role, scope, user)));

    public void Advance(TimeSpan by) => Simulator.AdvanceTo(Now + by);

    public void AdvanceTo(DateTimeOffset to) => Simulator.AdvanceTo(to);

    public IReadOnlyList<StepResult> Publish(string eventName, string? correlationId = null, JsonNode? payload = null) =>
        Host.Publish(new PublishedEvent(eventName, correlationId, payload));

    public StepResult Cancel(string reason) => Host.Cancel(InstanceId, reason);

    /// <summary>The journal lines written since <paramref name="mark"/> (a journal count taken earlier).</summary>
    public List<string> TraceSince(int mark) => JournalTrace.Of(Journal.Skip(mark));

    public int Count(string activity, string journalEvent) => JournalTrace.Count(Journal, activity, journalEvent);
}
