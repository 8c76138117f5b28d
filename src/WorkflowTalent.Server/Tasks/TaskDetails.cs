using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Tasks;

/// <summary>One task as its page shows it: the inbox row, what to decide (outcomes, form), what was said and done, and the case.</summary>
public sealed record TaskDetails(
    TaskSummary Task,
    string? Description,
    IReadOnlyList<string> Outcomes,
    JsonNode? Form,
    DateTimeOffset? ClaimedAt,
    string? Outcome,
    JsonNode? Data,
    string? Comment,
    string? CompletedBy,
    DateTimeOffset? CompletedAt,
    string? CancelReason,
    IReadOnlyList<TaskComment> Comments,
    IReadOnlyList<TaskHistoryEntry> History,
    CaseSummary? Case,
    IReadOnlyList<CaseStep> Steps);

/// <summary>Another task of the same case, oldest first: what earlier officials decided and said, for the task page's context.</summary>
public sealed record CaseStep(
    string TaskId,
    string ActivityId,
    string Title,
    [property: JsonConverter(typeof(JsonStringEnumConverter<HumanTaskStatus>))] HumanTaskStatus Status,
    string? Outcome,
    string? Comment,
    string? CompletedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt);

public sealed record TaskComment(DateTimeOffset At, string By, string? Text);

public sealed record TaskHistoryEntry(
    long Id,
    DateTimeOffset At,
    string By,
    [property: JsonConverter(typeof(JsonStringEnumConverter<TaskAction>))] TaskAction Action,
    string? Detail);

/// <summary>The case a task belongs to.</summary>
public sealed record CaseSummary(
    string InstanceId,
    string? Name,
    string DefinitionId,
    int DefinitionVersion,
    [property: JsonConverter(typeof(JsonStringEnumConverter<WorkflowStatus>))] WorkflowStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EndedAt);
