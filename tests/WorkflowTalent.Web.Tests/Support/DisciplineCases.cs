using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WorkflowTalent.Web.Tests.Support;

/// <summary>Discipline cases of workflows/talent-discipline.json (R15.2): the receiving unit's proposal form requires a reason.</summary>
public static class DisciplineCases
{
    public const string Hospital = "玉溪市人民医院";

    /// <summary>Starts a case as the receiving unit and answers its open proposal task's id.</summary>
    public static async Task<string> StartAsync(ServiceProcess service, string traineeName)
    {
        ArgumentNullException.ThrowIfNull(service);
        using var unit = await service.ApiAsAsync("hospital.unit");
        var input = new JsonObject
        {
            ["traineeName"] = traineeName,
            ["traineeUser"] = "trainee.li",
            ["traineeEmail"] = "liming@example.cn",
            ["county"] = LeaveCases.Eshan,
            ["countyEmail"] = "zzb@eshan.example.cn",
            ["originalUnit"] = "峨山彝族自治县人民医院",
            ["originalUnitEmail"] = "yb@esyy.example.cn",
            ["receivingUnit"] = Hospital,
            ["unitEmail"] = "yzb@yxrmyy.example.cn",
            ["competentDepartment"] = "市卫生健康委",
            ["competentDepartmentEmail"] = "rck@yxwjw.example.cn",
            ["municipalEmail"] = "rcgzk@yxzzb.example.cn",
        };
        var started = await unit.PostAsJsonAsync("/api/instances", new { definitionId = "talent-discipline", input });
        if (!started.IsSuccessStatusCode)
            throw new InvalidOperationException($"starting a discipline case failed: {(int)started.StatusCode} {await started.Content.ReadAsStringAsync()}");
        var inbox = await unit.GetFromJsonAsync<JsonObject>($"/api/tasks?search={Uri.EscapeDataString(traineeName)}");
        return inbox!["items"]!.AsArray().Single(t => t!["activityId"]!.GetValue<string>() == "propose")!["id"]!.GetValue<string>();
    }
}
