namespace WorkflowTalent.Web.Api;

// What the UI reads from the service's API (/api/auth/me, /api/tasks, /api/definitions), field for field as the
// service writes them; the enums arrive as their names.

public sealed record Me(string UserName, string? DisplayName, IReadOnlyList<string> Roles, string? Scope);

public sealed record InboxCounts(int Open, int Overdue, int Mine);

public sealed record InboxPage(IReadOnlyList<TaskRow> Items, int Total, int Page, int PageSize, InboxCounts Counts);

public sealed record TaskRow(
    string Id,
    string InstanceId,
    string? DefinitionId,
    string ActivityId,
    string Title,
    string Role,
    string? Scope,
    string? Assignee,
    string? Owner,
    string Delegation,
    string Status,
    int Priority,
    DateTimeOffset? Due,
    bool IsOverdue,
    DateTimeOffset CreatedAt);

public sealed record TaskHistoryEntry(long Id, DateTimeOffset At, string By, string Action, string? Detail);

public sealed record CaseView(string InstanceId, string? Name, string DefinitionId, int DefinitionVersion, string Status, DateTimeOffset CreatedAt, DateTimeOffset? EndedAt);

public sealed record DefinitionName(string DefinitionId, string? Name);

/// <summary>One problem of a refused request, with the path it concerns (<c>data.days</c> for a form field).</summary>
public sealed record FieldProblem(string Path, string Message);

/// <summary>A refused command: the service's message and, for a form, each field's problem.</summary>
public sealed record Refusal(int Status, string Message, IReadOnlyList<FieldProblem> Fields);
