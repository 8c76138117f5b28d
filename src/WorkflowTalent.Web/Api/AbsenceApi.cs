namespace WorkflowTalent.Web.Api;

/// <summary>An official's absences: whom they named to stand in, and for whom they stand in (<c>/api/substitutes</c>).</summary>
public sealed class AbsenceApi(ServiceClient client)
{
    /// <summary>The caller's own absences and those they stand in for, earliest first.</summary>
    public async Task<IReadOnlyList<SubstituteView>> ListAsync(CancellationToken cancellationToken = default) =>
        await client.GetAsync<List<SubstituteView>>("api/substitutes", cancellationToken) ?? [];

    /// <summary>The colleagues the service would accept as the caller's substitute (same roles, same scope).</summary>
    public async Task<IReadOnlyList<EligibleOfficial>> CandidatesAsync(CancellationToken cancellationToken = default) =>
        await client.GetAsync<List<EligibleOfficial>>("api/substitutes/candidates", cancellationToken) ?? [];

    /// <summary>Names a colleague of the same role and scope; the service refuses anyone else, or an end before the start.</summary>
    public Task<Answer<SubstituteView>> SetAsync(string substituteUserName, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        client.SendAsync<SubstituteView>(HttpMethod.Post, "api/substitutes", ServiceClient.Body(new { substituteUserName, from, to }), cancellationToken);

    /// <summary>Ends (withdraws) one of the caller's absences; null when done.</summary>
    public Task<Refusal?> EndAsync(string id, CancellationToken cancellationToken = default) =>
        client.SendAsync(HttpMethod.Delete, ServiceClient.Path("api/substitutes/{0}", id), null, cancellationToken);
}
