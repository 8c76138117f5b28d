namespace WorkflowTalent.Persistence.HumanTasks;

public enum HumanTaskStatus
{
    Open,
    Completed,
    Cancelled,
}
