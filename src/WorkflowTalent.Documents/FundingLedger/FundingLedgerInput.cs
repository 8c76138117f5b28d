namespace WorkflowTalent.Documents.FundingLedger;

/// <summary>R11.1: a batch's funding ledger; 10,000 yuan per trainee unless the plan's settings say otherwise.</summary>
public sealed record FundingLedgerInput(int Year, IReadOnlyList<FundingLedgerEntry> Entries, decimal AmountPerTraineeYuan = FundingLedgerInput.DefaultAmountPerTraineeYuan)
{
    public const decimal DefaultAmountPerTraineeYuan = 10_000m;
}
