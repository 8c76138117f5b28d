namespace WorkflowTalent.Persistence.Instances;

/// <summary>An open event bookmark, so a published event finds its instances without reading every instance's state.</summary>
public sealed class EventWaitRecord
{
    /// <summary>The bookmark id.</summary>
    public required string Id { get; set; }
    public required string InstanceId { get; set; }
    public required string EventName { get; set; }

    /// <summary>The bookmark's correlation id, else the instance's.</summary>
    public string? CorrelationId { get; set; }
}
