namespace WorkflowTalent.Persistence.HumanTasks;

/// <summary>An inbox filter an official saved; shared ones are seen by everyone of the same role and scope.</summary>
public sealed class SavedFilterRecord
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Owner { get; set; }
    public required string Role { get; set; }
    public string? Scope { get; set; }
    public bool Shared { get; set; }

    /// <summary>The inbox query (process, step, county, due, priority, status, search, sort) as JSON.</summary>
    public required string QueryJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
