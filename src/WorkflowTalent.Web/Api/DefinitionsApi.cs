using System.Text;

namespace WorkflowTalent.Web.Api;

/// <summary>
/// The administrators' commands on definitions (issue 6): validate and save the draft, publish it, retire a version,
/// roll back to one, simulate, compare. The API decides every one (administrators only, the validator's checks).
/// </summary>
public sealed class DefinitionsApi(ServiceClient client)
{
    /// <summary>The checks of saving <paramref name="json"/> as the draft, storing nothing; null when the service refused (not an administrator).</summary>
    public async Task<DraftCheck?> ValidateAsync(string definitionId, string json, CancellationToken cancellationToken = default) =>
        (await client.SendAsync<DraftCheck>(HttpMethod.Post, Draft(definitionId, "/validate"), JsonText(json), cancellationToken)).Value;

    public Task<Answer<DraftSavedAnswer>> SaveDraftAsync(string definitionId, string json, CancellationToken cancellationToken = default) =>
        client.SendAsync<DraftSavedAnswer>(HttpMethod.Put, Draft(definitionId, ""), JsonText(json), cancellationToken);

    public Task<Refusal?> DiscardDraftAsync(string definitionId, CancellationToken cancellationToken = default) =>
        client.SendAsync(HttpMethod.Delete, Draft(definitionId, ""), null, cancellationToken);

    public Task<Answer<DraftSavedAnswer>> PublishDraftAsync(string definitionId, CancellationToken cancellationToken = default) =>
        client.SendAsync<DraftSavedAnswer>(HttpMethod.Post, Draft(definitionId, "/publish"), null, cancellationToken);

    public Task<Refusal?> RetireAsync(string definitionId, int version, CancellationToken cancellationToken = default) =>
        client.SendAsync(HttpMethod.Post, ServiceClient.Path("api/definitions/{0}/versions/{1}/retire", definitionId, version), null, cancellationToken);

    /// <summary>Rolls back: a copy of <paramref name="version"/> is published as the next version.</summary>
    public Task<Answer<DraftSavedAnswer>> RepublishAsync(string definitionId, int version, CancellationToken cancellationToken = default) =>
        client.SendAsync<DraftSavedAnswer>(HttpMethod.Post, ServiceClient.Path("api/definitions/{0}/versions/{1}/republish", definitionId, version), null, cancellationToken);

    /// <summary>Runs the saved draft through <paramref name="script"/> (JSON lines, as <c>wt simulate</c> reads them).</summary>
    public Task<Answer<SimulationOutcome>> SimulateDraftAsync(string definitionId, string script, string? start, CancellationToken cancellationToken = default) =>
        client.SendAsync<SimulationOutcome>(HttpMethod.Post, Draft(definitionId, "/simulate"), ServiceClient.Body(new { script, start }), cancellationToken);

    public Task<VersionDiff?> DiffAsync(string definitionId, int from, int to, CancellationToken cancellationToken = default) =>
        client.GetAsync<VersionDiff>(ServiceClient.Path("api/definitions/{0}/diff", definitionId) + $"?from={from}&to={to}", cancellationToken);

    private static string Draft(string definitionId, string action) => ServiceClient.Path("api/definitions/{0}/draft", definitionId) + action;

    private static StringContent JsonText(string json) => new(json, Encoding.UTF8, "application/json");
}
