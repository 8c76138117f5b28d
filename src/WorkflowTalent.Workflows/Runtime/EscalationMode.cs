namespace WorkflowTalent.Workflows.Runtime;

/// <summary>What happens when a human task reaches its due time (FORMAT.md, HumanTask).</summary>
public enum EscalationMode
{
    None,

    /// <summary>Leave by port Overdue; the task stays open.</summary>
    Overdue,

    /// <summary>Cancel the task and leave by port Timeout.</summary>
    Timeout,
}
