using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WorkflowTalent.Server.Tests.Instances;

/// <summary>R15.1 leave requests as a trainee files them (the inputs of the talent-leave scripts).</summary>
public static class LeaveRequests
{
    public const string EshanCounty = "峨山彝族自治县";
    public const string PeopleHospital = "玉溪市人民医院";

    /// <summary>Five days, 14–18 September 2026: more than 3, so the county and the unit's HR office both decide.</summary>
    public static JsonObject LongLeave() => new()
    {
        ["definitionId"] = "talent-leave",
        ["input"] = new JsonObject
        {
            ["traineeName"] = "李明",
            ["traineeEmail"] = "liming@example.cn",
            ["county"] = EshanCounty,
            ["receivingUnit"] = PeopleHospital,
            ["competentDepartment"] = "市卫生健康委",
            ["competentDepartmentEmail"] = "rck@yxwjw.example.cn",
            ["municipalEmail"] = "rcgzk@yxzzb.example.cn",
            ["countyEmail"] = "zzb@eshan.example.cn",
            ["unitHrEmail"] = "rsk@yxrmyy.example.cn",
            ["unitEmail"] = "yzb@yxrmyy.example.cn",
            ["startDate"] = "2026-09-14",
            ["endDate"] = "2026-09-18",
            ["reason"] = "家中老人住院需陪护",
        },
    };

    /// <summary>Starts a long leave as <paramref name="client"/>; returns the instance's details.</summary>
    public static async Task<JsonNode> StartLongLeaveAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/instances", LongLeave());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
