namespace WorkflowTalent.Web.Api;

/// <summary>The trainee's own case: their applications, the mails sent to them, and asking for leave (R15.1).</summary>
public sealed class TraineeApi(ServiceClient client)
{
    public async Task<IReadOnlyList<MyApplication>> ApplicationsAsync(CancellationToken cancellationToken = default) =>
        await client.GetAsync<List<MyApplication>>("api/me/applications", cancellationToken) ?? [];

    public async Task<IReadOnlyList<Notice>> NoticesAsync(CancellationToken cancellationToken = default) =>
        await client.GetAsync<List<Notice>>("api/me/notices", cancellationToken) ?? [];

    /// <summary>R15.1: asks for leave from <paramref name="startDate"/> to <paramref name="endDate"/> (both inclusive); null when the case started.</summary>
    public Task<Refusal?> RequestLeaveAsync(string applicationId, DateOnly? startDate, DateOnly? endDate, string? reason, CancellationToken cancellationToken = default) =>
        client.SendAsync(HttpMethod.Post, ServiceClient.Path("api/plan/applications/{0}/leave", applicationId), ServiceClient.Body(new { startDate, endDate, reason }), cancellationToken);
}
