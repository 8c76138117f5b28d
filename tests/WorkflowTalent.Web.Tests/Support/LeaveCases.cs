using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowTalent.Testing;

namespace WorkflowTalent.Web.Tests.Support;

/// <summary>Leave cases of workflows/talent-leave.json (R15.1), started through the API as a trainee files them.</summary>
public static class LeaveCases
{
    public const string Eshan = LeaveInputs.Eshan;
    public const string Tonghai = LeaveInputs.Tonghai;

    /// <summary>Five days, 14–18 September 2026: more than 3, so the trainee's county decides (R15.1).</summary>
    public static JsonObject LongLeave(string traineeName, string county = Eshan) => LeaveInputs.LongLeave(county, traineeName);

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

    /// <summary>workflows/talent-leave.json as another process, <paramref name="definitionId"/>.</summary>
    public static async Task<JsonObject> DefinitionAsAsync(string definitionId)
    {
        var definition = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "workflows", "talent-leave.json")))!.AsObject();
        definition["id"] = $"{definitionId}:v1";
        definition["definitionId"] = definitionId;
        return definition;
    }

    /// <summary>Removes every activity's designer position, so that a diagram needs the automatic layout.</summary>
    public static JsonObject WithoutDesignerPositions(JsonObject definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        foreach (var activity in definition["root"]!["activities"]!.AsArray())
            activity!["metadata"]!.AsObject().Remove("designer");
        return definition;
    }

    /// <summary>Saves <paramref name="definition"/> as its process's draft as the administrator, and publishes it unless told not to.</summary>
    public static async Task SaveAsync(ServiceProcess service, JsonObject definition, bool publish = true)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(definition);
        var id = Uri.EscapeDataString(definition["definitionId"]!.GetValue<string>());
        using var admin = await service.ApiAsAsync("admin");
        (await admin.PutAsJsonAsync($"/api/definitions/{id}/draft", definition)).EnsureSuccessStatusCode();
        if (publish)
            (await admin.PostAsync($"/api/definitions/{id}/draft/publish", null)).EnsureSuccessStatusCode();
    }
}
