namespace WorkflowTalent.Persistence.Plan;

/// <summary>
/// One computed split of a batch's places among counties (R3.4, R15.2). Allocations are versioned per batch and
/// never changed: the highest version is the one in force.
/// </summary>
public sealed class QuotaAllocationRecord
{
    public long Id { get; set; }
    public int BatchYear { get; set; }
    public int Version { get; set; }
    public int TotalPlaces { get; set; }

    /// <summary>The <c>QuotaWeights</c> used, as JSON, so that the split can be checked after the settings change.</summary>
    public required string WeightsJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public List<QuotaLineRecord> Lines { get; set; } = [];
}
