using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WorkflowTalent.Web.Tests.Support;

/// <summary>Leave cases of workflows/talent-leave.json (R15.1), started through the API as a trainee files them.</summary>
public static class LeaveCases
{
    public const string Eshan = "峨山彝族自治县";
    public const string Tonghai = "通海县";

    /// <summary>Five days, 14–18 September 2026: more than 3, so the trainee's county decides (R15.1).</summary>
    public static JsonObject LongLeave(string traineeName, string county = Eshan) => new()
    {
        ["traineeName"] = traineeName,
        ["traineeEmail"] = "liming@example.cn",
        ["county"] = county,
        ["receivingUnit"] = "玉溪市人民医院",
        ["competentDepartment"] = "市卫生健康委",
        ["competentDepartmentEmail"] = "rck@yxwjw.example.cn",
        ["municipalEmail"] = "rcgzk@yxzzb.example.cn",
        ["countyEmail"] = "zzb@eshan.example.cn",
        ["unitHrEmail"] = "rsk@yxrmyy.example.cn",
        ["unitEmail"] = "yzb@yxrmyy.example.cn",
        ["startDate"] = "2026-09-14",
        ["endDate"] = "2026-09-18",
        ["reason"] = "家中老人住院需陪护",
    };

    /// <summary>Starts a long leave for <paramref name="traineeName"/> and answers the county's open task id.</summary>
    public static async Task<string> StartAsync(ServiceProcess service, string traineeName, string county = Eshan)
    {
        ArgumentNullException.ThrowIfNull(service);
        using var trainee = await service.ApiAsAsync("trainee.li");
        var started = await trainee.PostAsJsonAsync("/api/instances", new { definitionId = "talent-leave", input = LongLeave(traineeName, county) });
        started.EnsureSuccessStatusCode();

        using var official = await service.ApiAsAsync(county == Eshan ? "eshan.org" : "tonghai.org");
        var inbox = await official.GetFromJsonAsync<JsonObject>($"/api/tasks?search={Uri.EscapeDataString(traineeName)}");
        var task = inbox!["items"]!.AsArray().Single(t => t!["activityId"]!.GetValue<string>() == "county");
        return task!["id"]!.GetValue<string>();
    }
}
