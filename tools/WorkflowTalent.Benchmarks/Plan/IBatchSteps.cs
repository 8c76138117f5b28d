using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Benchmarks.Plan;

/// <summary>Where the batch runs: the engine's in-memory host, or the service's container on a database.</summary>
internal interface IBatchSteps
{
    string Start(string definitionId, JsonObject input, string correlationId);

    void Complete(string instanceId, string activity, ResumeSignal.TaskCompletion completion);

    void Cancel(string instanceId, string reason);

    /// <summary>The child instance of <paramref name="definitionId"/> that <paramref name="parentId"/> started (one per definition here).</summary>
    string ChildOf(string parentId, string definitionId);

    /// <summary>Moves the virtual clock to <paramref name="time"/>, firing every timer due on the way at its due time.</summary>
    void AdvanceTo(DateTimeOffset time);

    /// <summary>What the batch left: the years' ends, and every task and mail of every instance.</summary>
    BatchTally Tally(IReadOnlyList<string> years);
}
