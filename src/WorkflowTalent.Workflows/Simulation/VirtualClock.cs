using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Workflows.Simulation;

/// <summary>A clock that moves only when told to; the simulator's time, in Asia/Shanghai.</summary>
public sealed class VirtualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => ShanghaiTime.Zone;

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock forward; it never goes back.</summary>
    public void MoveTo(DateTimeOffset time)
    {
        if (time > _now)
            _now = time.ToUniversalTime();
    }
}
