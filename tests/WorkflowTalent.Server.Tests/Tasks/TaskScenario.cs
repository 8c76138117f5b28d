using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using WorkflowTalent.Persistence.Users;
using WorkflowTalent.Server.Engine;
using WorkflowTalent.Server.Tests.Support;
using WorkflowTalent.Testing;

namespace WorkflowTalent.Server.Tests.Tasks;

/// <summary>Builders for the task tests: leave cases started through the engine, extra officials, JSON reading.</summary>
internal static class TaskScenario
{
    public const string Eshan = LeaveInputs.Eshan;
    public const string Tonghai = LeaveInputs.Tonghai;
    public const string Hospital = LeaveInputs.Hospital;

    /// <summary>R15.1: a 5-day leave, so the county and the receiving unit's HR both decide, in parallel.</summary>
    public static JsonObject LongLeave(string county = Eshan, string traineeName = "李明") => LeaveInputs.LongLeave(county, traineeName);

    /// <summary>A name no other test of the class uses, so searches and scopes isolate a test's own cases.</summary>
    public static string Unique(string prefix) => $"{prefix}{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Starts a leave case and answers (instance id, county task id, unit HR task id).</summary>
    public static async Task<(string Instance, string County, string UnitHr)> StartLongLeaveAsync(this ServiceFixture service, string county = Eshan, string traineeName = "李明")
    {
        var input = LongLeave(county, traineeName);
        var result = await service.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<WorkflowSteps>().Run(h => h.Start("talent-leave", input))));
        var instanceId = result.Instance.Id;
        return (instanceId, service.TaskId(instanceId, "county"), service.TaskId(instanceId, "unitHr"));
    }

    public static string TaskId(this ServiceFixture service, string instanceId, string activityId) =>
        service.Db(db => db.Tasks.Single(t => t.InstanceId == instanceId && t.ActivityId == activityId).Id);

    /// <summary>A new official (demo password) of a role within a scope, e.g. a second officer of a county.</summary>
    public static async Task<string> CreateOfficialAsync(this ServiceFixture service, string role, string? scope, string prefix = "official.")
    {
        var userName = Unique(prefix);
        await service.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<WorkflowUser>>();
            var user = new WorkflowUser { UserName = userName, Email = $"{userName}@yuxi.example", EmailConfirmed = true, Scope = scope };
            Assert.True((await users.CreateAsync(user, ServiceFixture.DemoPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            return true;
        });
        return userName;
    }

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string path, object? body = null) =>
        client.PostAsJsonAsync(path, body ?? new { });

    public static Task<HttpResponseMessage> CompleteAsync(this HttpClient client, string taskId, string outcome = "Approve", object? data = null, string? comment = null) =>
        client.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome, data, comment });

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string path) => await (await client.GetAsync(path)).JsonAsync();

    /// <summary>The status of a refusal, checking that it is an RFC 7807 problem.</summary>
    public static async Task<JsonNode> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!;
    }

    public static List<string?> Ids(this JsonNode page) => [.. page["items"]!.AsArray().Select(i => (string?)i!["id"])];
}
