namespace WorkflowTalent.Persistence.Plan;

/// <summary>One saved version of the settings, kept for good: who set what, when.</summary>
public sealed class PlanSettingsChangeRecord
{
    public long Id { get; set; }

    /// <summary>The settings row's revision this change produced.</summary>
    public int Revision { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public required string ChangedBy { get; set; }
}
