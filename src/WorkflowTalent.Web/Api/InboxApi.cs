namespace WorkflowTalent.Web.Api;

/// <summary>
/// The inbox's calls beyond its page: saved filters (the caller's and those shared with their role and scope) and
/// bulk actions. Who may use a filter and what a task accepts stay the API's decisions.
/// </summary>
public sealed class InboxApi(ServiceClient client)
{
    /// <summary>The caller's saved filters and those colleagues of the same role and scope shared, by name.</summary>
    public async Task<IReadOnlyList<SavedFilterView>> FiltersAsync(CancellationToken cancellationToken = default) =>
        await client.GetAsync<List<SavedFilterView>>("api/tasks/filters", cancellationToken) ?? [];

    /// <summary>Saves the criteria under <paramref name="name"/>; shared ones are seen by the caller's department.</summary>
    public Task<Answer<SavedFilterView>> SaveFilterAsync(string name, InboxCriteria query, bool shared, CancellationToken cancellationToken = default) =>
        client.SendAsync<SavedFilterView>(HttpMethod.Post, "api/tasks/filters", ServiceClient.Body(new { name, query, shared }), cancellationToken);

    /// <summary>Deletes one of the caller's filters; null when done (a colleague's shared filter answers 404).</summary>
    public Task<Refusal?> DeleteFilterAsync(string id, CancellationToken cancellationToken = default) =>
        client.SendAsync(HttpMethod.Delete, ServiceClient.Path("api/tasks/filters/{0}", id), null, cancellationToken);

    /// <summary>One action on several tasks, each on its own: the answer lists every task's status.</summary>
    public Task<Answer<List<BulkItemResult>>> BulkAsync(BulkAction action, IReadOnlyList<string> taskIds, string? outcome = null, string? comment = null, string? userName = null, CancellationToken cancellationToken = default)
    {
        // One outcome and comment for all, no form data: a task whose form requires a field refuses, and says so.
        object body = action switch
        {
            BulkAction.Complete => new { taskIds, outcome, comment },
            BulkAction.Reassign => new { taskIds, userName },
            _ => new { taskIds },
        };
        return client.SendAsync<List<BulkItemResult>>(HttpMethod.Post, ServiceClient.Path("api/tasks/bulk/{0}", action.ToString().ToLowerInvariant()), ServiceClient.Body(body), cancellationToken);
    }
}
