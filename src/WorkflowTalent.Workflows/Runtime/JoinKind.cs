namespace WorkflowTalent.Workflows.Runtime;

/// <summary>How an activity treats tokens arriving on its inbound connections.</summary>
internal enum JoinKind
{
    /// <summary>At most one forward inbound connection: runs on each arrival.</summary>
    Single,

    /// <summary>Several forward inbound connections and no join (also FlowJoin WaitAllActive): runs once, when no more can arrive.</summary>
    Implicit,
    WaitAll,
    WaitAny,
    Stream,
    Merge,
    Converge,
    Cascade,
    Race,
}
