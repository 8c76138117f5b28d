namespace WorkflowTalent.Persistence.Timers;

public enum TimerState
{
    Pending,
    Fired,
    Cancelled,
}
