namespace WorkflowTalent.Documents.Terms;

/// <summary>Where one trainee's R11.1 funding stands in the ledger.</summary>
public enum FundingStatus
{
    Pending,
    Disbursed,
}
