using System.Linq.Expressions;
using System.Text.Json.Serialization;
using WorkflowTalent.Persistence.HumanTasks;

namespace WorkflowTalent.Server.Tasks;

/// <summary>One row of the inbox.</summary>
public sealed record TaskSummary(
    string Id,
    string InstanceId,
    string? DefinitionId,
    string ActivityId,
    string Title,
    string Role,
    string? Scope,
    string? Assignee,
    string? Owner,
    [property: JsonConverter(typeof(JsonStringEnumConverter<DelegationState>))] DelegationState Delegation,
    [property: JsonConverter(typeof(JsonStringEnumConverter<HumanTaskStatus>))] HumanTaskStatus Status,
    int Priority,
    DateTimeOffset? Due,
    DateTimeOffset? FollowUp,
    bool IsOverdue,
    DateTimeOffset CreatedAt)
{
    /// <summary>
    /// The row as SQL selects it. Overdue is the engine's flag (escalation ran) or a due time already past, so a
    /// task without an escalation still shows as late.
    /// </summary>
    public static Expression<Func<TaskRecord, TaskSummary>> Projection(DateTimeOffset now) => t => new TaskSummary(
        t.Id, t.InstanceId, t.DefinitionId, t.ActivityId, t.Title, t.Role, t.Scope, t.Assignee, t.Owner, t.Delegation, t.Status,
        t.Priority, t.Due, t.FollowUp, t.IsOverdue || (t.Due != null && t.Due < now), t.CreatedAt);

    public static TaskSummary From(TaskRecord t, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Id, t.InstanceId, t.DefinitionId, t.ActivityId, t.Title, t.Role, t.Scope, t.Assignee, t.Owner, t.Delegation, t.Status,
            t.Priority, t.Due, t.FollowUp, t.IsOverdue || (t.Due != null && t.Due < now), t.CreatedAt);
    }
}
