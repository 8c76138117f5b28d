namespace WorkflowTalent.Server.Identity;

/// <summary>One demo user for each role and several scopes, listed in README; seeded only with the embedded default.</summary>
public static class DemoUsers
{
    public sealed record DemoUser(string UserName, string DisplayName, string Role, string? Scope, string Email);

    public const string EshanCounty = "峨山彝族自治县";
    public const string TonghaiCounty = "通海县";
    public const string PeopleHospital = "玉溪市人民医院";
    public const string HealthCommission = "市卫生健康委";
    public const string EshanHospital = "峨山彝族自治县人民医院";

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("admin", "系统管理员", WorkflowRoles.Administrator, null, "admin@yuxi.example"),
        new("city.org", "市委组织部 李科长", WorkflowRoles.MunicipalOrganization, null, "city.org@yuxi.example"),
        new("eshan.org", "峨山县委组织部 普干事", WorkflowRoles.CountyOrganization, EshanCounty, "eshan.org@yuxi.example"),
        new("tonghai.org", "通海县委组织部 赵干事", WorkflowRoles.CountyOrganization, TonghaiCounty, "tonghai.org@yuxi.example"),
        new("health.dept", "市卫生健康委 王科长", WorkflowRoles.CompetentDepartment, HealthCommission, "health.dept@yuxi.example"),
        new("hospital.unit", "市人民医院 张主任", WorkflowRoles.ReceivingUnit, PeopleHospital, "hospital.unit@yuxi.example"),
        new("hospital.hr", "市人民医院人事科 陈科长", WorkflowRoles.ReceivingUnitHr, PeopleHospital, "hospital.hr@yuxi.example"),
        new("eshan.hospital", "峨山县人民医院 杨院长", WorkflowRoles.OriginalUnit, EshanHospital, "eshan.hospital@yuxi.example"),
        new("trainee.li", "李明（研修人员）", WorkflowRoles.Trainee, null, "trainee.li@yuxi.example"),
        new("trainee.he", "何丽（研修人员）", WorkflowRoles.Trainee, null, "trainee.he@yuxi.example"),
    ];
}
