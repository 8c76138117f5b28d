namespace WorkflowTalent.Server.Identity;

/// <summary>The roles of the policy (rules.md, R2.1), as the definitions' human tasks name them.</summary>
public static class WorkflowRoles
{
    /// <summary>市委组织部: city-wide, no scope.</summary>
    public const string MunicipalOrganization = "MunicipalOrganization";

    /// <summary>县（市、区）委组织部: scoped to a county.</summary>
    public const string CountyOrganization = "CountyOrganization";

    /// <summary>行业主管部门: scoped to its department.</summary>
    public const string CompetentDepartment = "CompetentDepartment";

    /// <summary>接收单位: scoped to the unit.</summary>
    public const string ReceivingUnit = "ReceivingUnit";

    /// <summary>接收单位人事部门: scoped to the unit.</summary>
    public const string ReceivingUnitHr = "ReceivingUnitHr";

    /// <summary>原工作单位 (派出单位): scoped to the unit.</summary>
    public const string OriginalUnit = "OriginalUnit";

    /// <summary>研修人员: sees their own cases.</summary>
    public const string Trainee = "Trainee";

    /// <summary>Manages definitions, users, running cases and the outbox; completes no one's task.</summary>
    public const string Administrator = "Administrator";

    public static IReadOnlyList<string> All { get; } =
        [MunicipalOrganization, CountyOrganization, CompetentDepartment, ReceivingUnit, ReceivingUnitHr, OriginalUnit, Trainee, Administrator];

    /// <summary>The roles' names as officials read them (zh-CN).</summary>
    public static IReadOnlyDictionary<string, string> ChineseNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [MunicipalOrganization] = "市委组织部",
        [CountyOrganization] = "县（市、区）委组织部",
        [CompetentDepartment] = "行业主管部门",
        [ReceivingUnit] = "接收单位",
        [ReceivingUnitHr] = "接收单位人事部门",
        [OriginalUnit] = "原工作单位",
        [Trainee] = "研修人员",
        [Administrator] = "系统管理员",
    };
}
