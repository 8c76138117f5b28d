using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace WorkflowTalent.Web.Tests.Support;

/// <summary>What the administrators' operations tests set up through the API.</summary>
public static class AdminOps
{
    /// <summary>Starts a long leave (R15.1) and answers its case id, read from the county's open task.</summary>
    public static async Task<string> StartLeaveCaseAsync(ServiceProcess service, string traineeName)
    {
        ArgumentNullException.ThrowIfNull(service);
        var taskId = await LeaveCases.StartAsync(service, traineeName);
        using var county = await service.ApiAsAsync("eshan.org");
        var task = await county.GetFromJsonAsync<JsonObject>($"/api/tasks/{taskId}");
        return task!["task"]!["instanceId"]!.GetValue<string>();
    }

    /// <summary>The case as the administrator reads it through the API.</summary>
    public static async Task<JsonObject> CaseAsync(ServiceProcess service, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(service);
        using var admin = await service.ApiAsAsync("admin");
        return (await admin.GetFromJsonAsync<JsonObject>($"/api/instances/{instanceId}"))!;
    }

    /// <summary>Opens the year's batch (R3.1) unless it is open already.</summary>
    public static async Task OpenBatchAsync(ServiceProcess service, int year)
    {
        ArgumentNullException.ThrowIfNull(service);
        using var admin = await service.ApiAsAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/plan/batches", new { year });
        if (response.StatusCode != System.Net.HttpStatusCode.Conflict)
            response.EnsureSuccessStatusCode();
    }
}
