namespace WorkflowTalent.Plan.ReferenceData;

/// <summary>A municipal competent department (市级主管部门) of R2.1.</summary>
public sealed record CompetentDepartment(string Name, string EnglishName)
{
    public static readonly CompetentDepartment EducationAndSports = new("市教育体育局", "Municipal Education and Sports Bureau");
    public static readonly CompetentDepartment HealthCommission = new("市卫生健康委", "Municipal Health Commission");
    public static readonly CompetentDepartment AgricultureAndRuralAffairs = new("市农业农村局", "Municipal Agriculture and Rural Affairs Bureau");
    public static readonly CompetentDepartment HousingAndUrbanRuralDevelopment = new("市住房城乡建设局", "Municipal Housing and Urban-Rural Development Bureau");
    public static readonly CompetentDepartment NaturalResourcesAndPlanning = new("市自然资源规划局", "Municipal Natural Resources and Planning Bureau");
    public static readonly CompetentDepartment ScienceAndTechnology = new("市科技局", "Municipal Science and Technology Bureau");

    // R2.1: finance funds the plan (R11.1) but is the competent department of no field.
    public static readonly CompetentDepartment Finance = new("市财政局", "Municipal Finance Bureau");
}
