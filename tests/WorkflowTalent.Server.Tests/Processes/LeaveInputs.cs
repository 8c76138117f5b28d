using System.Text.Json.Nodes;

namespace WorkflowTalent.Server.Tests.Processes;

/// <summary>Inputs of workflows/talent-leave.json (R15.1) for the process tests.</summary>
internal static class LeaveInputs
{
    /// <summary>Two days (R15.1: up to 3 days, decided by the receiving unit 玉溪市人民医院 alone).</summary>
    public static JsonObject Short(int i = 0) => new()
    {
        ["traineeName"] = $"李明{i}",
        ["traineeEmail"] = $"trainee{i}@yuxi.example",
        ["county"] = "峨山彝族自治县",
        ["receivingUnit"] = "玉溪市人民医院",
        ["competentDepartment"] = "市卫生健康委",
        ["competentDepartmentEmail"] = "health@yuxi.example",
        ["municipalEmail"] = "city@yuxi.example",
        ["countyEmail"] = "eshan@yuxi.example",
        ["unitHrEmail"] = "hr@yuxi.example",
        ["unitEmail"] = "unit@yuxi.example",
        ["startDate"] = "2026-12-10",
        ["endDate"] = "2026-12-11",
        ["reason"] = "参加职称考试",
    };
}
