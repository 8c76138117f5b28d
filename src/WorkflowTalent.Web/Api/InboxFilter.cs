using System.Globalization;
using System.Text;

namespace WorkflowTalent.Web.Api;

/// <summary>
/// What the official narrows the inbox to, as <c>GET /api/tasks</c> takes it: a trainee's name (searched in the task's
/// title and the case's name), a process, which tasks, and the direction of the sort by due.
/// </summary>
public sealed record InboxFilter(string? Search = null, string? DefinitionId = null, InboxShow Show = InboxShow.Open, bool LatestDueFirst = false)
{
    public static InboxFilter None { get; } = new();

    public string ToQueryString(int page, int pageSize)
    {
        var query = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"page={page}&pageSize={pageSize}&status=Open"));
        if (!string.IsNullOrWhiteSpace(Search))
            query.Append("&search=").Append(Uri.EscapeDataString(Search.Trim()));
        if (!string.IsNullOrEmpty(DefinitionId))
            query.Append("&definitionId=").Append(Uri.EscapeDataString(DefinitionId));
        query.Append(Show switch
        {
            // Mine counts the tasks of officials the caller stands in for too: the API decides who "me" is.
            InboxShow.Mine => "&assignee=me",
            InboxShow.Overdue => "&overdue=true",
            _ => "",
        });
        query.Append(LatestDueFirst ? "&sort=-due" : "&sort=due");
        return query.ToString();
    }
}
