namespace WorkflowTalent.Persistence;

/// <summary>
/// Column lengths. Every string that is a key or indexed has one: SQL Server cannot index nvarchar(max)
/// and limits an index key to 1700 bytes.
/// </summary>
internal static class Lengths
{
    /// <summary>Instance, bookmark, mail and version ids (a 32-hex instance id plus a bookmark suffix).</summary>
    public const int Id = 100;

    /// <summary>Definition ids, roles, scopes, event names, correlation ids.</summary>
    public const int Name = 200;

    public const int Status = 20;

    /// <summary>Titles, subjects, addresses, outcomes: shown, not indexed.</summary>
    public const int Text = 1000;

    /// <summary>Comments and descriptions: shown, never indexed.</summary>
    public const int LongText = 4000;

    /// <summary>Fractional places of a quota line (R3.4): whole places up to 10^12, six decimals.</summary>
    public const int FractionPrecision = 18;

    public const int FractionScale = 6;

    /// <summary>Yuan amounts (R11.1), to the fen.</summary>
    public const int MoneyPrecision = 18;

    public const int MoneyScale = 2;
}
