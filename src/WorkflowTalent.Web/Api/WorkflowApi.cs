using System.Text.Json.Nodes;

namespace WorkflowTalent.Web.Api;

/// <summary>
/// The UI's way to the service: its own API, called as the circuit's signed-in user. Who sees which task, what a form
/// accepts and how a case moves on are the API's decisions (Access, TaskFormValidator, the engine), never the UI's.
/// </summary>
public sealed class WorkflowApi(ServiceClient client)
{
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

    public async Task<IReadOnlyDictionary<string, string>> DefinitionNamesAsync(CancellationToken cancellationToken = default)
    {
        var definitions = await GetAsync<List<DefinitionName>>("api/definitions?running=false", cancellationToken) ?? [];
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
        return await client.GetTextAsync(ServiceClient.Path("api/definitions/{0}/versions/{1}", definitionId, version), cancellationToken);
    }

    /// <summary>Completes the task; null when done, else why the service refused.</summary>
    public Task<Refusal?> CompleteAsync(string id, string outcome, JsonObject data, string? comment, CancellationToken cancellationToken = default) =>
        PostAsync($"api/tasks/{Uri.EscapeDataString(id)}/complete", ServiceClient.Body(new { outcome, data, comment }), cancellationToken);

    /// <summary>Takes the task for the caller; null when done, else why the service refused (409 when another holds it).</summary>
    public Task<Refusal?> ClaimAsync(string id, CancellationToken cancellationToken = default) =>
        PostAsync($"api/tasks/{Uri.EscapeDataString(id)}/claim", null, cancellationToken);

    /// <summary>Gives the task back to everyone of its role and scope; null when done, else why the service refused.</summary>
    public Task<Refusal?> ReleaseAsync(string id, CancellationToken cancellationToken = default) =>
        PostAsync($"api/tasks/{Uri.EscapeDataString(id)}/release", null, cancellationToken);

    private Task<T?> GetAsync<T>(string path, CancellationToken cancellationToken)
        where T : class => client.GetAsync<T>(path, cancellationToken);

    private Task<Refusal?> PostAsync(string path, HttpContent? content, CancellationToken cancellationToken) =>
        client.SendAsync(HttpMethod.Post, path, content, cancellationToken);
}
