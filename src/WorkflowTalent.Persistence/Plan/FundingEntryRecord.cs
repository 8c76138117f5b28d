using WorkflowTalent.Plan.Funding;

namespace WorkflowTalent.Persistence.Plan;

/// <summary>
/// R11.1: the talent-fund payment for one trainee of a batch, to the trainee's receiving unit; one per application
/// and batch. Entries are never deleted: a cancellation (R15.2) or extension (R16.2) only marks them.
/// </summary>
public sealed class FundingEntryRecord
{
    public long Id { get; set; }
    public int BatchYear { get; set; }
    public int ReceivingUnitId { get; set; }
    public required string ApplicationId { get; set; }
    public decimal AmountYuan { get; set; }
    public FundingEntryStatus Status { get; set; }
    public DateOnly? StatusDate { get; set; }

    /// <summary>R16.2: set when the trainee came from the previous batch by extension.</summary>
    public int? ExtendedFromYear { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
}
