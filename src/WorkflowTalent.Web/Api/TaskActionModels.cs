using System.Text.Json.Nodes;

namespace WorkflowTalent.Web.Api;

// What the task page reads from GET /api/tasks/{id} around the inbox row (TaskRow: the same TaskSummary) (who holds it for whom, the form's data,
// comments, the case's other steps), GET /api/tasks/{id}/officials and the files API, as the service writes them.

public sealed record TaskPageView(
    TaskRow Task,
    string? Description,
    IReadOnlyList<string> Outcomes,
    JsonNode? Form,
    string? Outcome,
    JsonNode? Data,
    string? Comment,
    string? CompletedBy,
    IReadOnlyList<TaskCommentView> Comments,
    IReadOnlyList<TaskHistoryEntry> History,
    CaseView? Case,
    IReadOnlyList<CaseStepView> Steps);

public sealed record TaskCommentView(DateTimeOffset At, string By, string? Text);

/// <summary>Another task of the same case: what was decided there, by whom, with what comment.</summary>
public sealed record CaseStepView(
    string TaskId,
    string ActivityId,
    string Title,
    string Status,
    string? Outcome,
    string? Comment,
    string? CompletedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt);

/// <summary>An official who holds a task's role and scope: whom it may be reassigned to.</summary>
public sealed record EligibleOfficial(string UserName, string? DisplayName);

/// <summary>A file attached to a case (without its bytes); <see cref="Href"/> downloads it under its name.</summary>
public sealed record CaseFile(string Id, string InstanceId, string Name, string ContentType, long Size, string UploadedBy, DateTimeOffset UploadedAt)
{
    public string Href => $"/api/files/{Uri.EscapeDataString(Id)}";
}
