using System.Globalization;
using System.Net.Http.Json;

namespace WorkflowTalent.Web.Api;

/// <summary>
/// The administrators' operations on the service's own API: running cases (cancel, migrate), users and roles, the
/// outbox. Every one of these endpoints is the API's to refuse (administrators only, 403/404 for anyone else).
/// </summary>
public sealed class AdminApi(ServiceClient client)
{
    public async Task<CasePage> CasesAsync(CaseFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"page={page}"),
            string.Create(CultureInfo.InvariantCulture, $"pageSize={pageSize}"),
        };
        if (filter.DefinitionId is { Length: > 0 } definitionId)
            query.Add($"definitionId={Uri.EscapeDataString(definitionId)}");
        if (filter.Version is { } version)
            query.Add(string.Create(CultureInfo.InvariantCulture, $"version={version}"));
        if (filter.Status is { Length: > 0 } status)
            query.Add($"status={Uri.EscapeDataString(status)}");
        return await client.GetAsync<CasePage>($"api/instances?{string.Join('&', query)}", cancellationToken)
            ?? throw new InvalidOperationException("the service answered no list of cases");
    }

    /// <summary>Ends a waiting case; the API requires the reason and journals it with the administrator's name.</summary>
    public Task<Refusal?> CancelAsync(string instanceId, string reason, CancellationToken cancellationToken = default) =>
        client.SendAsync(HttpMethod.Post, ServiceClient.Path("api/instances/{0}/cancel", instanceId), ServiceClient.Body(new { reason }), cancellationToken);

    /// <summary>Per case, where its waiting work would move; changes nothing.</summary>
    public Task<Answer<MigrationPreviewReport>> PreviewMigrationAsync(
        IReadOnlyList<string> instanceIds, int toVersion, IReadOnlyDictionary<string, string> mapping, CancellationToken cancellationToken = default) =>
        client.SendAsync<MigrationPreviewReport>(HttpMethod.Post, "api/instances/migrations/preview", MigrationBody(instanceIds, toVersion, mapping), cancellationToken);

    /// <summary>Migrates each case in its own transaction; a refused case stays as it was.</summary>
    public Task<Answer<MigrationReport>> MigrateAsync(
        IReadOnlyList<string> instanceIds, int toVersion, IReadOnlyDictionary<string, string> mapping, CancellationToken cancellationToken = default) =>
        client.SendAsync<MigrationReport>(HttpMethod.Post, "api/instances/migrations", MigrationBody(instanceIds, toVersion, mapping), cancellationToken);

    public async Task<IReadOnlyList<UserRow>> UsersAsync(CancellationToken cancellationToken = default) =>
        await client.GetAsync<List<UserRow>>("api/users", cancellationToken) ?? [];

    public Task<Answer<UserRow>> CreateUserAsync(UserDraft user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return client.SendAsync<UserRow>(HttpMethod.Post, "api/users", ServiceClient.Body(new
        {
            userName = user.UserName,
            displayName = Blank(user.DisplayName),
            email = user.Email,
            password = user.Password,
            role = user.Role,
            scope = Blank(user.Scope),
        }), cancellationToken);
    }

    /// <summary>Replaces display name, role and scope (the API keeps no e-mail change: it is the address the user was created with).</summary>
    public Task<Answer<UserRow>> UpdateUserAsync(string userName, UserDraft user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return client.SendAsync<UserRow>(HttpMethod.Put, ServiceClient.Path("api/users/{0}", userName), ServiceClient.Body(new
        {
            displayName = Blank(user.DisplayName),
            roles = new[] { user.Role },
            scope = Blank(user.Scope),
        }), cancellationToken);
    }

    public Task<Refusal?> ResetPasswordAsync(string userName, string password, CancellationToken cancellationToken = default) =>
        client.SendAsync(HttpMethod.Post, ServiceClient.Path("api/users/{0}/password", userName), ServiceClient.Body(new { password }), cancellationToken);

    /// <summary>The newest outbox mails, of one status when given (Pending, Sent, Failed).</summary>
    public async Task<IReadOnlyList<OutboxMailRow>> OutboxAsync(string? status, CancellationToken cancellationToken = default) =>
        await client.GetAsync<List<OutboxMailRow>>(status is null ? "api/outbox" : $"api/outbox?status={Uri.EscapeDataString(status)}", cancellationToken) ?? [];

    /// <summary>Puts a Failed mail back in the queue (Pending, fresh attempts); 409 when it is not Failed.</summary>
    public Task<Refusal?> ResendAsync(string mailId, CancellationToken cancellationToken = default) =>
        client.SendAsync(HttpMethod.Post, ServiceClient.Path("api/outbox/{0}/resend", mailId), null, cancellationToken);

    private static JsonContent MigrationBody(IReadOnlyList<string> instanceIds, int toVersion, IReadOnlyDictionary<string, string> mapping) =>
        ServiceClient.Body(new { instanceIds, toVersion, mapping = mapping.Count == 0 ? null : mapping });

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
