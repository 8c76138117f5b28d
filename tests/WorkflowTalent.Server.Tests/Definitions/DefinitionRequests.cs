using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowTalent.Server.Engine;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Definitions;

/// <summary>The definitions API as tests call it.</summary>
public static class DefinitionRequests
{
    public static Task<HttpResponseMessage> PutDraftAsync(this HttpClient client, string definitionId, string json) =>
        client.PutAsync($"/api/definitions/{definitionId}/draft", new StringContent(json, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PublishDraftAsync(this HttpClient client, string definitionId) =>
        client.PostAsync($"/api/definitions/{definitionId}/draft/publish", null);

    /// <summary>Saves <paramref name="definition"/> as the draft and publishes it; returns the published version.</summary>
    public static async Task<int> PublishAsync(this HttpClient client, ApprovalDefinition definition)
    {
        var saved = await client.PutDraftAsync(definition.DefinitionId, definition.Json());
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var published = await client.PublishDraftAsync(definition.DefinitionId);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return (int)(await published.ReadJsonAsync())["version"]!["version"]!;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body);

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    /// <summary>Starts a case on the published version as the service does, in a scope of its own; returns its id.</summary>
    public static Task<string> StartCaseAsync(this ServiceFixture service, string definitionId) =>
        service.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<WorkflowSteps>().Run(h => h.Start(definitionId)).Instance.Id));
}
