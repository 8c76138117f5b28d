namespace WorkflowTalent.Plan.Grades;

/// <summary>R14.2: one of the four holders of the summary and assessment registration form.</summary>
public sealed record CopyRecipient(string Code, string NameZh, string NameEn)
{
    public static readonly CopyRecipient OriginalUnit = new("original-unit", "原工作单位", "original work unit");
    public static readonly CopyRecipient ReceivingUnit = new("receiving-unit", "接收单位", "receiving unit");
    public static readonly CopyRecipient CountyOrganizationDepartment = new("county-organization", "县（市、区）委组织部", "county Organisation Department");
    public static readonly CopyRecipient MunicipalOrganizationDepartment = new("municipal-organization", "市委组织部", "Municipal Organisation Department");

    /// <summary>R14.2: four copies, one each.</summary>
    public static readonly IReadOnlyList<CopyRecipient> All = [OriginalUnit, ReceivingUnit, CountyOrganizationDepartment, MunicipalOrganizationDepartment];
}
