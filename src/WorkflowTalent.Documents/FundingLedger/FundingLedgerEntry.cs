using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.FundingLedger;

/// <summary>R11.1: one trainee's funding line, paid to the trainee's receiving unit.</summary>
public sealed record FundingLedgerEntry(
    string ReceivingUnit,
    string TraineeName,
    string County,
    FundingStatus Status,
    string? Remarks = null);
