namespace WorkflowTalent.Workflows.Hosting;

/// <summary>Durable timers: the host fires each one once, at or after its due time, through <see cref="WorkflowHost.FireTimer"/>.</summary>
public interface ITimerScheduler
{
    void Schedule(string instanceId, string bookmarkId, DateTimeOffset due);

    void Cancel(string instanceId, string bookmarkId);
}
