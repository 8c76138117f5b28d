namespace WorkflowTalent.Web.Api;

/// <summary>
/// The task page's commands beyond claim and complete: delegate and resolve, reassign, comment, and which task
/// comes next. The API decides who may do what (Access, TaskCommands); the page shows its refusals.
/// </summary>
public sealed class TaskActionsApi(ServiceClient client)
{
    /// <summary>The task with its comments and the case's other steps; null when the caller may not see it.</summary>
    public Task<TaskPageView?> TaskAsync(string id, CancellationToken cancellationToken = default) =>
        client.GetAsync<TaskPageView>(ServiceClient.Path("api/tasks/{0}", id), cancellationToken);

    /// <summary>The officials of the task's role and scope; empty when the caller may not see the task.</summary>
    public async Task<IReadOnlyList<EligibleOfficial>> OfficialsAsync(string id, CancellationToken cancellationToken = default) =>
        await client.GetAsync<List<EligibleOfficial>>(ServiceClient.Path("api/tasks/{0}/officials", id), cancellationToken) ?? [];

    public Task<Refusal?> DelegateAsync(string id, string userName, CancellationToken cancellationToken = default) =>
        client.SendAsync(HttpMethod.Post, ServiceClient.Path("api/tasks/{0}/delegate", id), ServiceClient.Body(new { userName }), cancellationToken);

    public Task<Refusal?> ResolveAsync(string id, CancellationToken cancellationToken = default) =>
        client.SendAsync(HttpMethod.Post, ServiceClient.Path("api/tasks/{0}/resolve", id), null, cancellationToken);

    public Task<Refusal?> ReassignAsync(string id, string userName, CancellationToken cancellationToken = default) =>
        client.SendAsync(HttpMethod.Post, ServiceClient.Path("api/tasks/{0}/reassign", id), ServiceClient.Body(new { userName }), cancellationToken);

    public Task<Refusal?> CommentAsync(string id, string text, CancellationToken cancellationToken = default) =>
        client.SendAsync(HttpMethod.Post, ServiceClient.Path("api/tasks/{0}/comments", id), ServiceClient.Body(new { text }), cancellationToken);

    /// <summary>
    /// The open task the caller should take up next: the earliest due of the inbox that is free or already theirs,
    /// other than <paramref name="done"/>; null when the inbox holds none.
    /// </summary>
    public async Task<string?> NextTaskAsync(string done, string me, CancellationToken cancellationToken = default)
    {
        var page = await client.GetAsync<InboxPage>($"api/tasks?{InboxFilter.None.ToQueryString(1, PeekSize)}", cancellationToken);
        return page?.Items.FirstOrDefault(t => t.Id != done && (t.Assignee is null || t.Assignee == me))?.Id;
    }

    private const int PeekSize = 20;
}
