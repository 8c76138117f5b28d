using System.Text.Json.Nodes;

namespace WorkflowTalent.Testing;

/// <summary>Inputs of workflows/talent-leave.json (R15.1), as a trainee files them (the talent-leave scripts' inputs), for the service's tests, the browser tests and the benchmarks.</summary>
public static class LeaveInputs
{
    public const string Eshan = "峨山彝族自治县";
    public const string Tonghai = "通海县";
    public const string Hospital = "玉溪市人民医院";

    /// <summary>Leave from <paramref name="startDate"/> to <paramref name="endDate"/>, with the addresses the workflow mails.</summary>
    public static JsonObject For(string startDate, string endDate, string county = Eshan, string traineeName = "李明", string traineeEmail = "liming@example.cn") => new()
    {
        ["traineeName"] = traineeName,
        ["traineeEmail"] = traineeEmail,
        ["county"] = county,
        ["receivingUnit"] = Hospital,
        ["competentDepartment"] = "市卫生健康委",
        ["competentDepartmentEmail"] = "rck@yxwjw.example.cn",
        ["municipalEmail"] = "rcgzk@yxzzb.example.cn",
        ["countyEmail"] = "zzb@eshan.example.cn",
        ["unitHrEmail"] = "rsk@yxrmyy.example.cn",
        ["unitEmail"] = "yzb@yxrmyy.example.cn",
        ["startDate"] = startDate,
        ["endDate"] = endDate,
        ["reason"] = "家中老人住院需陪护",
    };

    /// <summary>Five days, 14–18 September 2026: more than 3, so the county and the unit's HR office both decide.</summary>
    public static JsonObject LongLeave(string county = Eshan, string traineeName = "李明") => For("2026-09-14", "2026-09-18", county, traineeName);

    /// <summary>Two days, 10–11 September 2026: the receiving unit alone decides.</summary>
    public static JsonObject ShortLeave(string traineeName = "李明", string traineeEmail = "liming@example.cn") => For("2026-09-10", "2026-09-11", traineeName: traineeName, traineeEmail: traineeEmail);
}
