namespace WorkflowTalent.Workflows.Runtime;

public enum WorkflowStatus
{
    Running,
    Waiting,
    Finished,
    Faulted,
    Cancelled,
}
