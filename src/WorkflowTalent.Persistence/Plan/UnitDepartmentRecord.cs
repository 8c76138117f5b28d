namespace WorkflowTalent.Persistence.Plan;

/// <summary>A department (科室) of a receiving unit, where a trainee is placed (R6.3).</summary>
public sealed class UnitDepartmentRecord
{
    public int Id { get; set; }
    public int ReceivingUnitId { get; set; }
    public required string Name { get; set; }
    public int Position { get; set; }
    public List<MentorRecord> Mentors { get; set; } = [];
}
