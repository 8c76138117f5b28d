namespace WorkflowTalent.Persistence.Users;

/// <summary>
/// An official away from <see cref="From"/> to <see cref="To"/> names a colleague of the same role and scope,
/// who meanwhile sees and may act on the official's tasks.
/// </summary>
public sealed class SubstituteRecord
{
    public required string Id { get; set; }

    /// <summary>The absent official's user name.</summary>
    public required string UserName { get; set; }
    public required string SubstituteUserName { get; set; }
    public DateTimeOffset From { get; set; }
    public DateTimeOffset To { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
