namespace WorkflowTalent.Web.Api;

/// <summary>
/// The plan's data on the service's own API (<c>/api/plan</c>): reference data, settings, batches and the quota
/// allocations (R3.4, R15.2). Officials read them; administrators edit settings; the API decides who may do what.
/// </summary>
public sealed class PlanClient(ServiceClient client)
{
    /// <summary>The plan's reference data, or null when the caller may not read it (trainees).</summary>
    public Task<PlanReference?> ReferenceAsync(CancellationToken cancellationToken = default) =>
        client.GetAsync<PlanReference>("api/plan/reference", cancellationToken);

    public Task<PlanSettingsView?> SettingsAsync(CancellationToken cancellationToken = default) =>
        client.GetAsync<PlanSettingsView>("api/plan/settings", cancellationToken);

    /// <summary>Saves the quota settings at the revision read; 422 names each refused setting, 409 when someone saved since.</summary>
    public Task<Answer<PlanSettingsView>> SaveQuotaSettingsAsync(QuotaSettingsDraft draft, int revision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return client.SendAsync<PlanSettingsView>(HttpMethod.Put, "api/plan/settings", ServiceClient.Body(draft.ToChanges(revision)), cancellationToken);
    }

    public async Task<IReadOnlyList<BatchRow>> BatchesAsync(CancellationToken cancellationToken = default) =>
        await client.GetAsync<List<BatchRow>>("api/plan/batches", cancellationToken) ?? [];

    /// <summary>Opens the year's batch from the settings in force (R3.1); 409 when it exists.</summary>
    public Task<Answer<BatchRow>> OpenBatchAsync(int year, CancellationToken cancellationToken = default) =>
        client.SendAsync<BatchRow>(HttpMethod.Post, "api/plan/batches", ServiceClient.Body(new { year }), cancellationToken);

    public async Task<IReadOnlyList<AllocationVersionRow>> AllocationVersionsAsync(int year, CancellationToken cancellationToken = default) =>
        await client.GetAsync<List<AllocationVersionRow>>(ServiceClient.Path("api/plan/batches/{0}/allocations", year), cancellationToken) ?? [];

    /// <summary>One allocation version, or the one in force when <paramref name="version"/> is null; null when there is none.</summary>
    public Task<AllocationView?> AllocationAsync(int year, int? version, CancellationToken cancellationToken = default) =>
        client.GetAsync<AllocationView>(
            version is { } v ? ServiceClient.Path("api/plan/batches/{0}/allocations/{1}", year, v) : ServiceClient.Path("api/plan/batches/{0}/allocations/current", year),
            cancellationToken);

    /// <summary>Computes a new allocation version from the settings in force (R3.4, R15.2); 409 once the batch is past recruiting (R6.1).</summary>
    public Task<Answer<AllocationView>> ComputeAllocationAsync(int year, CancellationToken cancellationToken = default) =>
        client.SendAsync<AllocationView>(HttpMethod.Post, ServiceClient.Path("api/plan/batches/{0}/allocations", year), null, cancellationToken);
}
