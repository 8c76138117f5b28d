namespace WorkflowTalent.Persistence.Plan;

/// <summary>A municipal unit that hosts trainees (R4.1), found by its field's competent department (R2.1, R6.3).</summary>
public sealed class ReceivingUnitRecord
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string FieldCode { get; set; }
    public int CompetentDepartmentId { get; set; }
    public CompetentDepartmentRecord? CompetentDepartment { get; set; }
    public List<UnitDepartmentRecord> Departments { get; set; } = [];
}
