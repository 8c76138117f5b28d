namespace WorkflowTalent.Plan.Funding;

/// <summary>What became of the trainee an entry was paid for; the entry itself is never removed.</summary>
public enum FundingEntryStatus
{
    Placed = 1,

    /// <summary>R15.2: the place was cancelled; the payment stays on the books, marked.</summary>
    Cancelled = 2,

    /// <summary>R16.2: the trainee continues in the next batch, whose ledger carries a new entry.</summary>
    Extended = 3,
}
