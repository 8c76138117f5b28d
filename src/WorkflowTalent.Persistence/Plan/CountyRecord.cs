namespace WorkflowTalent.Persistence.Plan;

/// <summary>A county-level division, whose Organisation Department dispatches trainees (R4.1); the ethnic flag tilts the quota (R3.4).</summary>
public sealed class CountyRecord
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string EnglishName { get; set; }
    public bool IsEthnicAutonomous { get; set; }

    /// <summary>The order rules.md lists the counties in; the quota allocator breaks ties by it.</summary>
    public int Position { get; set; }
    public List<TownshipRecord> Townships { get; set; } = [];
}
