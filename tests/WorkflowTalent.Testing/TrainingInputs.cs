using System.Text.Json.Nodes;

namespace WorkflowTalent.Testing;

/// <summary>The inputs of a talent-training case (R8.1–R14.4) for the demo trainee at the demo receiving unit.</summary>
public static class TrainingInputs
{
    public const string DefinitionId = "talent-training";

    /// <summary>A training of <paramref name="traineeUser"/> (a demo trainee) at 玉溪市人民医院, whose summary (R14.1) follows the unit's plan.</summary>
    public static JsonObject For(string traineeUser = "trainee.li", string traineeName = "李明") => new()
    {
        ["traineeName"] = traineeName,
        ["traineeUser"] = traineeUser,
        ["traineeEmail"] = $"{traineeUser}@yuxi.example",
        ["county"] = LeaveInputs.Eshan,
        ["countyEmail"] = "zzb@eshan.example.cn",
        ["originalUnit"] = "峨山县人民医院",
        ["originalUnitEmail"] = "yb@esrmyy.example.cn",
        ["receivingUnit"] = LeaveInputs.Hospital,
        ["unitEmail"] = "yzb@yxrmyy.example.cn",
        ["unitDepartment"] = "心血管内科",
        ["mentor"] = "王建华",
        ["researchTopic"] = "基层高血压规范化管理",
        ["municipalEmail"] = "rcgzk@yxzzb.example.cn",
        ["trainingStart"] = "2026-09-01",
        ["trainingEnd"] = "2027-09-01T00:00:00+08:00",
    };

    /// <summary>The receiving unit's training plan (R8.1), which opens the trainee's summary task.</summary>
    public static JsonObject Plan() => new()
    {
        ["goals"] = "掌握高血压分级诊疗和急危重症识别",
        ["plan"] = "门诊、病房、导管室实践，参加科室科研例会",
        ["rotation"] = "心内科病房3个月、门诊2个月、导管室1个月",
    };
}
