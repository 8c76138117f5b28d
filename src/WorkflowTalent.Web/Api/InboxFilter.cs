using System.Globalization;
using System.Text;

namespace WorkflowTalent.Web.Api;

/// <summary>
/// What the official narrows the inbox to, as <c>GET /api/tasks</c> takes it: a trainee's name (searched in the task's
/// title and the case's name), a process and one of its steps, a scope (county or unit), a window of due dates in Yuxi
/// local days (both inclusive), a priority, the tasks' status, which tasks, and the direction of the sort by due.
/// </summary>
public sealed record InboxFilter(
    string? Search = null,
    string? DefinitionId = null,
    InboxShow Show = InboxShow.Open,
    bool LatestDueFirst = false,
    string? ActivityId = null,
    string? Scope = null,
    DateOnly? DueFrom = null,
    DateOnly? DueTo = null,
    int? Priority = null,
    InboxStatus Status = InboxStatus.Open)
{
    private static readonly TimeZoneInfo Yuxi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static InboxFilter None { get; } = new();

    /// <summary>The criteria as the service stores them in a saved filter and reads them from the query string.</summary>
    public InboxCriteria ToCriteria() => new(
        Status: Status.ToString(),
        DefinitionId: Blank(DefinitionId),
        ActivityId: Blank(ActivityId),
        Scope: Blank(Scope?.Trim()),
        // A day's window: from its local midnight to the next day's, so "due to 18 September" keeps tasks due that evening.
        DueBefore: DueTo is { } to ? StartOf(to.AddDays(1)) : null,
        DueAfter: DueFrom is { } from ? StartOf(from) : null,
        // Mine counts the tasks of officials the caller stands in for too: the API decides who "me" is.
        Overdue: Show == InboxShow.Overdue ? true : null,
        Priority: Priority,
        Assignee: Show == InboxShow.Mine ? "me" : null,
        Search: Blank(Search?.Trim()),
        Sort: LatestDueFirst ? "-due" : "due");

    /// <summary>The filter a saved one describes; what the UI has no control for (another sort) falls back to its default.</summary>
    public static InboxFilter From(InboxCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return new InboxFilter(
            Search: criteria.Search,
            DefinitionId: criteria.DefinitionId,
            Show: criteria.Overdue == true ? InboxShow.Overdue : string.Equals(criteria.Assignee, "me", StringComparison.OrdinalIgnoreCase) ? InboxShow.Mine : InboxShow.Open,
            LatestDueFirst: criteria.Sort == "-due",
            ActivityId: criteria.ActivityId,
            Scope: criteria.Scope,
            DueFrom: criteria.DueAfter is { } after ? LocalDay(after) : null,
            DueTo: criteria.DueBefore is { } before ? LocalDay(before.AddTicks(-1)) : null,
            Priority: criteria.Priority,
            Status: Enum.TryParse<InboxStatus>(criteria.Status, ignoreCase: true, out var status) ? status : InboxStatus.Open);
    }

    public string ToQueryString(int page, int pageSize)
    {
        var criteria = ToCriteria();
        var query = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"page={page}&pageSize={pageSize}&status={criteria.Status}"));
        Append(query, "search", criteria.Search);
        Append(query, "definitionId", criteria.DefinitionId);
        Append(query, "activityId", criteria.ActivityId);
        Append(query, "scope", criteria.Scope);
        Append(query, "dueAfter", criteria.DueAfter?.ToString("O", CultureInfo.InvariantCulture));
        Append(query, "dueBefore", criteria.DueBefore?.ToString("O", CultureInfo.InvariantCulture));
        Append(query, "overdue", criteria.Overdue is true ? "true" : null);
        Append(query, "priority", criteria.Priority?.ToString(CultureInfo.InvariantCulture));
        Append(query, "assignee", criteria.Assignee);
        Append(query, "sort", criteria.Sort);
        return query.ToString();
    }

    private static void Append(StringBuilder query, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            query.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Yuxi.GetUtcOffset(midnight));
    }

    private static DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Yuxi).DateTime);
}
