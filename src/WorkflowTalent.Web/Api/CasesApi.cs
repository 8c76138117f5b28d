namespace WorkflowTalent.Web.Api;

/// <summary>
/// The case page's reads: a case, its journal and the definition version it runs on, as the signed-in user. A case
/// the caller may not see is answered 404 by the API (Access), here null.
/// </summary>
public sealed class CasesApi(ServiceClient client)
{
    public Task<CaseDetails?> CaseAsync(string id, CancellationToken cancellationToken = default) =>
        client.GetAsync<CaseDetails>(ServiceClient.Path("api/instances/{0}", id), cancellationToken);

    /// <summary>The journal, oldest entry first; null when the caller may not see the case.</summary>
    public Task<List<CaseJournalEntry>?> JournalAsync(string id, CancellationToken cancellationToken = default) =>
        client.GetAsync<List<CaseJournalEntry>>(ServiceClient.Path("api/instances/{0}/journal", id), cancellationToken);

    /// <summary>
    /// The application a plan case is correlated with; null when the correlation id names no application or the caller
    /// may not read it (the applications API decides, as for the forms it exports).
    /// </summary>
    public Task<CaseApplication?> ApplicationAsync(string correlationId, CancellationToken cancellationToken = default) =>
        client.GetAsync<CaseApplication>(ServiceClient.Path("api/plan/applications/{0}", correlationId), cancellationToken);

    /// <summary>The Elsa 3 JSON of the version the case runs on (every signed-in user may read definitions).</summary>
    public Task<string?> DefinitionJsonAsync(CaseDetails details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        return client.GetTextAsync(ServiceClient.Path("api/definitions/{0}/versions/{1}", details.DefinitionId, details.DefinitionVersion), cancellationToken);
    }
}
