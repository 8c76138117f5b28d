namespace WorkflowTalent.Plan.Funding;

/// <summary>
/// One trainee's funding (R11.1) in a batch: paid to the receiving unit. <see cref="ExtendedFromYear"/> is set when
/// the trainee came from the previous batch by extension (R16.2).
/// </summary>
public sealed record FundingEntry(
    string TraineeId,
    string TraineeName,
    string ReceivingUnit,
    Payee Payee,
    decimal AmountYuan,
    FundingEntryStatus Status,
    DateOnly? StatusDate = null,
    int? ExtendedFromYear = null);
