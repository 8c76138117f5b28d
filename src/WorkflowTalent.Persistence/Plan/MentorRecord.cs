namespace WorkflowTalent.Persistence.Plan;

/// <summary>A mentor (导师) of a receiving unit's department (R6.3, R9.1).</summary>
public sealed class MentorRecord
{
    public int Id { get; set; }
    public int UnitDepartmentId { get; set; }
    public required string Name { get; set; }

    /// <summary>The professional title, e.g. 主任医师.</summary>
    public required string Title { get; set; }
    public int Position { get; set; }
}
