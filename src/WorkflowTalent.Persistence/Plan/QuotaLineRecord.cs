namespace WorkflowTalent.Persistence.Plan;

/// <summary>
/// One county's places in an allocation with every input and component in (fractional) places and the explanation
/// shown to officials (R3.4, R15.2). The county is held by name: the line states what was decided then.
/// </summary>
public sealed class QuotaLineRecord
{
    public long Id { get; set; }
    public long AllocationId { get; set; }
    public int Position { get; set; }
    public required string County { get; set; }
    public bool IsEthnicAutonomous { get; set; }
    public decimal BaseWeight { get; set; }
    public decimal RemoteFigure { get; set; }
    public int CancelledLastYear { get; set; }
    public decimal Base { get; set; }
    public decimal EthnicTilt { get; set; }
    public decimal RemoteTilt { get; set; }
    public decimal CancellationPenalty { get; set; }
    public decimal Redistributed { get; set; }
    public decimal Exact { get; set; }
    public int Places { get; set; }
    public required string ExplanationZh { get; set; }
    public required string ExplanationEn { get; set; }
}
