namespace WorkflowTalent.Persistence.Plan;

/// <summary>
/// A municipal competent department (R2.1). Each organises at most one field (urban construction and planning has
/// two departments); the finance bureau funds the plan (R11.1) and organises none, so its field is null.
/// </summary>
public sealed class CompetentDepartmentRecord
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string EnglishName { get; set; }
    public string? FieldCode { get; set; }
    public int Position { get; set; }
}
