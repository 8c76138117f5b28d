namespace WorkflowTalent.Server.Plan;

/// <summary>A field of R3.2 with the competent departments that organise it (R2.1).</summary>
public sealed record FieldView(string Code, string NameZh, string NameEn, IReadOnlyList<CompetentDepartmentView> CompetentDepartments);

public sealed record CompetentDepartmentView(string Name, string EnglishName);
