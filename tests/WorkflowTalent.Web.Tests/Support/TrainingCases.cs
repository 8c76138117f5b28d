using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowTalent.Testing;

namespace WorkflowTalent.Web.Tests.Support;

/// <summary>Talent-training cases (R8.1–R14.4) started through the API, brought to the trainee's summary task (R14.1).</summary>
public static class TrainingCases
{
    /// <summary>Starts a training of a demo trainee as an administrator, submits the unit's plan, and answers (case id, summary task id).</summary>
    public static async Task<(string Instance, string Summary)> StartAtSummaryAsync(ServiceProcess service, string traineeUser = "trainee.li", string traineeName = "李明")
    {
        ArgumentNullException.ThrowIfNull(service);
        using var admin = await service.ApiAsAsync("admin");
        var started = await admin.PostAsJsonAsync("/api/instances", new { definitionId = TrainingInputs.DefinitionId, input = TrainingInputs.For(traineeUser, traineeName) });
        started.EnsureSuccessStatusCode();
        var instance = (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        using var unit = await service.ApiAsAsync("hospital.unit");
        var plan = await OpenTaskAsync(unit, instance, "trainingPlan");
        (await unit.PostAsJsonAsync($"/api/tasks/{plan}/complete", new { outcome = "Submit", data = TrainingInputs.Plan() })).EnsureSuccessStatusCode();

        using var trainee = await service.ApiAsAsync(traineeUser);
        return (instance, await OpenTaskAsync(trainee, instance, "summaryTask"));
    }

    /// <summary>The id of the case's open task at <paramref name="activityId"/>, as the caller's inbox lists it.</summary>
    public static async Task<string> OpenTaskAsync(HttpClient api, string instance, string activityId)
    {
        ArgumentNullException.ThrowIfNull(api);
        var inbox = await api.GetFromJsonAsync<JsonObject>("/api/tasks?pageSize=200");
        return inbox!["items"]!.AsArray()
            .Single(t => t!["instanceId"]!.GetValue<string>() == instance && t["activityId"]!.GetValue<string>() == activityId)!["id"]!.GetValue<string>();
    }
}
