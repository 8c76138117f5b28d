namespace WorkflowTalent.Persistence.Plan;

/// <summary>One of the five fields trainees come from (R3.2), by the code of <c>WorkflowTalent.Plan.ReferenceData.Field</c>.</summary>
public sealed class FieldRecord
{
    public required string Code { get; set; }
    public required string NameZh { get; set; }
    public required string NameEn { get; set; }
    public int Position { get; set; }
    public List<CompetentDepartmentRecord> CompetentDepartments { get; set; } = [];
}
