using System.Text.Json.Serialization;

namespace WorkflowTalent.Server.Tasks;

/// <summary>
/// The inbox's query string; also what a saved filter stores (without paging). Everything is optional: the
/// defaults are the open tasks, soonest due first, 50 a page.
/// </summary>
public sealed record InboxQuery(
    string? Status = null,
    string? DefinitionId = null,
    string? ActivityId = null,
    string? Scope = null,
    DateTimeOffset? DueBefore = null,
    bool? Overdue = null,
    int? Priority = null,
    string? Assignee = null,
    string? Search = null,
    string? Sort = null,
    int? Page = null,
    int? PageSize = null,
    string? FilterId = null,
    DateTimeOffset? DueAfter = null)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static IReadOnlyList<string> Sorts { get; } = ["due", "-due", "priority", "-priority", "created", "-created"];

    public static IReadOnlyList<string> Assignees { get; } = ["me", "unassigned", "any"];

    [JsonIgnore]
    public int PageOrDefault => Page ?? 1;

    [JsonIgnore]
    public int PageSizeOrDefault => PageSize ?? DefaultPageSize;

    /// <summary>This query, with what it leaves open taken from a saved filter's.</summary>
    public InboxQuery Over(InboxQuery saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return this with
        {
            Status = Status ?? saved.Status,
            DefinitionId = DefinitionId ?? saved.DefinitionId,
            ActivityId = ActivityId ?? saved.ActivityId,
            Scope = Scope ?? saved.Scope,
            DueBefore = DueBefore ?? saved.DueBefore,
            DueAfter = DueAfter ?? saved.DueAfter,
            Overdue = Overdue ?? saved.Overdue,
            Priority = Priority ?? saved.Priority,
            Assignee = Assignee ?? saved.Assignee,
            Search = Search ?? saved.Search,
            Sort = Sort ?? saved.Sort,
        };
    }

    /// <summary>What a saved filter keeps: the criteria, not the page the official was on.</summary>
    public InboxQuery Criteria() => this with { Page = null, PageSize = null, FilterId = null };

    /// <summary>Every value the inbox cannot use, by parameter name; empty when the query is good.</summary>
    public Dictionary<string, string[]> Problems()
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (Status is not null && !Enum.TryParse<Persistence.HumanTasks.HumanTaskStatus>(Status, ignoreCase: true, out _))
            problems["status"] = ["状态须为 Open、Completed 或 Cancelled。status must be Open, Completed or Cancelled."];
        if (Sort is not null && !Sorts.Contains(Sort, StringComparer.OrdinalIgnoreCase))
            problems["sort"] = [$"排序须为 {string.Join("、", Sorts)} 之一。sort must be one of {string.Join(", ", Sorts)}."];
        if (Assignee is not null && !Assignees.Contains(Assignee, StringComparer.OrdinalIgnoreCase))
            problems["assignee"] = ["assignee 须为 me、unassigned 或 any。assignee must be me, unassigned or any."];
        if (DueBefore is { } before && DueAfter is { } after && after >= before)
            problems["dueAfter"] = ["dueAfter 须早于 dueBefore。dueAfter must be before dueBefore."];
        if (Page is < 1)
            problems["page"] = ["页码从 1 开始。page starts at 1."];
        if (PageSize is < 1 or > MaxPageSize)
            problems["pageSize"] = [$"每页 1 至 {MaxPageSize} 条。pageSize must be 1 to {MaxPageSize}."];
        return problems;
    }
}
