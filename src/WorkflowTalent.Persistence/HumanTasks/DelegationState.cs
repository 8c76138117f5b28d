namespace WorkflowTalent.Persistence.HumanTasks;

/// <summary>Delegate and resolve: the delegate works on it (Pending), then hands it back to the owner (Resolved).</summary>
public enum DelegationState
{
    None,
    Pending,
    Resolved,
}
