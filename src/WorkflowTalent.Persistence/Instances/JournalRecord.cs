namespace WorkflowTalent.Persistence.Instances;

/// <summary>One journal entry of an instance; <see cref="Sequence"/> counts from 1 per instance.</summary>
public sealed class JournalRecord
{
    public long Id { get; set; }
    public required string InstanceId { get; set; }
    public int Sequence { get; set; }
    public DateTimeOffset Time { get; set; }
    public required string Activity { get; set; }
    public required string Type { get; set; }
    public required string Event { get; set; }

    /// <summary>The whole entry as its JSON line.</summary>
    public required string EntryJson { get; set; }
}
