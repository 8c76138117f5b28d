namespace WorkflowTalent.Persistence.Timers;

/// <summary>A durable timer; the sweep fires every pending one whose due time has passed.</summary>
public sealed class TimerRecord
{
    /// <summary>The bookmark id.</summary>
    public required string Id { get; set; }
    public required string InstanceId { get; set; }
    public DateTimeOffset Due { get; set; }
    public TimerState State { get; set; }
    public DateTimeOffset? FiredAt { get; set; }
}
