namespace WorkflowTalent.Web.Components.Definitions;

/// <summary>A simulation script to start from, per definition (the format <c>wt simulate --script</c> reads).</summary>
public static class SampleScripts
{
    // From tests/WorkflowTalent.Workflows.Tests/Workflows/Scripts/talent-leave/long-leave-both-approve.jsonl, without
    // its check of approvalDue, so that it still holds after an administrator changes the due time.
    private const string LongLeaveBothApprove = """
        // R15.1: 请假超过3天（此处5天）须县区委组织部和接收单位组织人事科均同意，再报市级主管部门备案。
        {"input": {"traineeName": "李明", "traineeEmail": "liming@example.cn", "county": "峨山彝族自治县", "receivingUnit": "玉溪市人民医院", "competentDepartment": "市卫生健康委", "competentDepartmentEmail": "rck@yxwjw.example.cn", "municipalEmail": "rcgzk@yxzzb.example.cn", "countyEmail": "zzb@eshan.example.cn", "unitHrEmail": "rsk@yxrmyy.example.cn", "unitEmail": "yzb@yxrmyy.example.cn", "startDate": "2026-09-14", "endDate": "2026-09-18", "reason": "家中老人住院需陪护"}}
        {"expect": {"status": "Waiting", "openTasks": ["county", "unitHr"], "variables": {"days": 5}}}
        {"advance": "P1D"}
        {"complete": {"activity": "county", "outcome": "Approve", "data": {"comment": "同意"}, "comment": "同意", "by": {"role": "CountyOrganization", "scope": "峨山彝族自治县", "user": "eshan.zzb.wang"}}}
        {"advance": "PT4H"}
        {"complete": {"activity": "unitHr", "outcome": "Approve", "data": {"comment": "同意，请按时返岗"}, "comment": "同意，请按时返岗", "by": {"role": "ReceivingUnitHr", "scope": "玉溪市人民医院", "user": "yxrmyy.rsk.zhao"}}}
        {"expect": {"status": "Finished", "openTasks": [], "variables": {"countyDecision": {"outcome": "Approve"}, "unitHrDecision": {"outcome": "Approve"}}}}
        """;

    private const string StartOnly = """
        // 每行一个 JSON 命令：input、advance、advanceTo、complete、publish、cancel、expect（见 README 的 wt simulate）。
        {"input": {}}
        {"expect": {"status": "Waiting"}}
        """;

    public static string For(string definitionId) => definitionId == "talent-leave" ? LongLeaveBothApprove : StartOnly;
}
