using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components.Authorization;

namespace WorkflowTalent.Web.Api;

/// <summary>
/// The UI's way to the service: its own API, called as the circuit's signed-in user. Who sees which task, what a form
/// accepts and how a case moves on are the API's decisions (Access, TaskFormValidator, the engine), never the UI's.
/// </summary>
public sealed class WorkflowApi(HttpClient http, SelfAddress self, CallerTokens tokens, AuthenticationStateProvider authentication)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Me> MeAsync(CancellationToken cancellationToken = default) =>
        await GetAsync<Me>("api/auth/me", cancellationToken) ?? throw new InvalidOperationException("the service did not say who is signed in");

    public Task<InboxPage> InboxAsync(int page, int pageSize, CancellationToken cancellationToken = default) =>
        InboxAsync(InboxFilter.None, page, pageSize, cancellationToken);

    public async Task<InboxPage> InboxAsync(InboxFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return await GetAsync<InboxPage>($"api/tasks?{filter.ToQueryString(page, pageSize)}", cancellationToken)
            ?? throw new InvalidOperationException("the service answered no inbox");
    }

    /// <summary>The task, or null when the caller may not see it (the API answers 404 for both).</summary>
    public Task<TaskView?> TaskAsync(string id, CancellationToken cancellationToken = default) =>
        GetAsync<TaskView>($"api/tasks/{Uri.EscapeDataString(id)}", cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> DefinitionNamesAsync(CancellationToken cancellationToken = default)
    {
        var definitions = await GetAsync<List<DefinitionName>>("api/definitions", cancellationToken) ?? [];
        return definitions.Where(d => d.Name is { Length: > 0 }).ToDictionary(d => d.DefinitionId, d => d.Name!, StringComparer.Ordinal);
    }

    /// <summary>Every definition's id and latest name, ordered by id.</summary>
    public async Task<IReadOnlyList<DefinitionName>> DefinitionListAsync(CancellationToken cancellationToken = default) =>
        await GetAsync<List<DefinitionName>>("api/definitions", cancellationToken) ?? [];

    /// <summary>A definition's versions, newest first, each with its running cases; null when there is no such definition.</summary>
    public Task<DefinitionVersions?> DefinitionAsync(string definitionId, CancellationToken cancellationToken = default) =>
        GetAsync<DefinitionVersions>($"api/definitions/{Uri.EscapeDataString(definitionId)}", cancellationToken);

    /// <summary>One version's Elsa 3 JSON exactly as stored; null when there is no such version.</summary>
    public async Task<string?> DefinitionJsonAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        using var request = await RequestAsync(HttpMethod.Get,
            string.Create(CultureInfo.InvariantCulture, $"api/definitions/{Uri.EscapeDataString(definitionId)}/versions/{version}"));
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
            return null;
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    /// <summary>Completes the task; null when done, else why the service refused.</summary>
    public Task<Refusal?> CompleteAsync(string id, string outcome, JsonObject data, string? comment, CancellationToken cancellationToken = default) =>
        PostAsync($"api/tasks/{Uri.EscapeDataString(id)}/complete", JsonContent.Create(new { outcome, data, comment }, options: Json), cancellationToken);

    /// <summary>Takes the task for the caller; null when done, else why the service refused (409 when another holds it).</summary>
    public Task<Refusal?> ClaimAsync(string id, CancellationToken cancellationToken = default) =>
        PostAsync($"api/tasks/{Uri.EscapeDataString(id)}/claim", null, cancellationToken);

    /// <summary>Gives the task back to everyone of its role and scope; null when done, else why the service refused.</summary>
    public Task<Refusal?> ReleaseAsync(string id, CancellationToken cancellationToken = default) =>
        PostAsync($"api/tasks/{Uri.EscapeDataString(id)}/release", null, cancellationToken);

    private async Task<Refusal?> PostAsync(string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = await RequestAsync(HttpMethod.Post, path);
        request.Content = content;
        using var response = await http.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode ? null : await RefusalAsync(response, cancellationToken);
    }

    private async Task<T?> GetAsync<T>(string path, CancellationToken cancellationToken)
        where T : class
    {
        using var request = await RequestAsync(HttpMethod.Get, path);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
            return null;
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
    }

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string path)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var request = new HttpRequestMessage(method, new Uri(self.Value, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.For(state.User));
        return request;
    }

    // Problems are RFC 7807: the message in detail; for a form's data the message is the title and a "problems"
    // list holds { path, message } per field (ValidationProblems.Unprocessable).
    private static async Task<Refusal> RefusalAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(Json, cancellationToken);
        List<FieldProblem> fields = body?["problems"] is JsonArray problems
            ? [.. problems.OfType<JsonObject>().Select(p => new FieldProblem(Text(p["path"]) ?? "", Text(p["message"]) ?? ""))]
            : [];
        var message = (fields.Count > 0 ? Text(body?["title"]) : Text(body?["detail"])) ?? response.ReasonPhrase ?? response.StatusCode.ToString();
        return new Refusal((int)response.StatusCode, message, fields);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
