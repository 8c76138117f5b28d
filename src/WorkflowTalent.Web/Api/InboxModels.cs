using System.Text.Json.Nodes;

namespace WorkflowTalent.Web.Api;

// What the UI reads from and sends to the inbox's API beyond its page (/api/tasks/filters, /api/tasks/bulk/{action},
// /api/substitutes), field for field as the service writes them (InboxQuery, SavedFilter, BulkItemResult, Substitute).

/// <summary>An inbox query as the service stores it in a saved filter: every criterion optional.</summary>
public sealed record InboxCriteria(
    string? Status = null,
    string? DefinitionId = null,
    string? ActivityId = null,
    string? Scope = null,
    DateTimeOffset? DueBefore = null,
    DateTimeOffset? DueAfter = null,
    bool? Overdue = null,
    int? Priority = null,
    string? Assignee = null,
    string? Search = null,
    string? Sort = null);

/// <summary>A named inbox query: the caller's own, or one a colleague of the same role and scope shared.</summary>
public sealed record SavedFilterView(string Id, string Name, string Owner, string Role, string? Scope, bool Shared, InboxCriteria Query, DateTimeOffset CreatedAt);

/// <summary>One task's answer to a bulk action: 200 when done, else the status and why (the task problem's detail).</summary>
public sealed record BulkItemResult(string TaskId, int Status, BulkItemProblem? Problem);

public sealed record BulkItemProblem(int Status, string Title, string Detail, JsonArray? Fields);

/// <summary>The actions <c>POST /api/tasks/bulk/{action}</c> takes.</summary>
public enum BulkAction
{
    Claim,
    Release,
    Complete,
    Reassign,
}
