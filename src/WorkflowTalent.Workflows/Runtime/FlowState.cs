namespace WorkflowTalent.Workflows.Runtime;

/// <summary>
/// The flowchart's bookkeeping between steps: what is scheduled, which inbound connections have
/// delivered a token to an activity that has not run yet, and which WaitAny / Race joins have
/// already run in the current round (later arrivals are ignored).
/// </summary>
public sealed class FlowState
{
    public List<WorkItem> Scheduled { get; init; } = [];

    /// <summary>Activity id → indexes of the connections (in the pinned version) that delivered a token.</summary>
    public Dictionary<string, List<int>> Tokens { get; init; } = new(StringComparer.Ordinal);

    public HashSet<string> JoinsFired { get; init; } = new(StringComparer.Ordinal);
}
