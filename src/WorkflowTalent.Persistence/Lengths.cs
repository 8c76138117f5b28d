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
}
