using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using WorkflowTalent.Testing;

namespace WorkflowTalent.Server.Tests.Instances;

/// <summary>R15.1 leave requests as a trainee files them (the inputs of the talent-leave scripts).</summary>
public static class LeaveRequests
{
    public const string EshanCounty = LeaveInputs.Eshan;
    public const string PeopleHospital = LeaveInputs.Hospital;

    /// <summary>Five days, 14–18 September 2026: more than 3, so the county and the unit's HR office both decide.</summary>
    public static JsonObject LongLeave() => new()
    {
        ["definitionId"] = "talent-leave",
        ["input"] = LeaveInputs.LongLeave(),
    };

    /// <summary>Starts a long leave as <paramref name="client"/>; returns the instance's details.</summary>
    public static async Task<JsonNode> StartLongLeaveAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/instances", LongLeave());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
