namespace WorkflowTalent.Plan.ReferenceData;

/// <summary>
/// One of the five fields trainees come from (R3.2), with the competent department(s) that organise it (R2.1).
/// Only the five instances below exist.
/// </summary>
public sealed record Field
{
    public static readonly Field Education = new("education", "教育", "Education", [CompetentDepartment.EducationAndSports]);
    public static readonly Field Health = new("health", "卫生", "Health", [CompetentDepartment.HealthCommission]);
    public static readonly Field Agriculture = new("agriculture", "农业", "Agriculture", [CompetentDepartment.AgricultureAndRuralAffairs]);

    // R2.1 names two departments for urban construction and planning.
    public static readonly Field UrbanConstructionAndPlanning = new(
        "urban-construction-planning",
        "城建规划",
        "Urban construction and planning",
        [CompetentDepartment.HousingAndUrbanRuralDevelopment, CompetentDepartment.NaturalResourcesAndPlanning]);

    public static readonly Field ScienceAndTechnology = new("science-technology", "科技", "Science and technology", [CompetentDepartment.ScienceAndTechnology]);

    public static readonly IReadOnlyList<Field> All = [Education, Health, Agriculture, UrbanConstructionAndPlanning, ScienceAndTechnology];

    private Field(string code, string nameZh, string nameEn, IReadOnlyList<CompetentDepartment> competentDepartments)
    {
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        CompetentDepartments = competentDepartments;
    }

    public string Code { get; }

    public string NameZh { get; }

    public string NameEn { get; }

    public IReadOnlyList<CompetentDepartment> CompetentDepartments { get; }

    public static Field? FromCode(string code) => All.FirstOrDefault(f => f.Code == code);
}
