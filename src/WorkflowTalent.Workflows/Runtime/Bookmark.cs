using System.Text.Json.Nodes;

namespace WorkflowTalent.Workflows.Runtime;

/// <summary>Something an instance waits for. While a bookmark is open its activity is pending.</summary>
public sealed class Bookmark
{
    public required string Id { get; init; }
    public required string ActivityId { get; set; }
    public required BookmarkKind Kind { get; init; }

    /// <summary>When the timer of this bookmark falls due (a timer activity, or a task's escalation); null when none is pending.</summary>
    public DateTimeOffset? Due { get; set; }

    /// <summary>The cron expression or interval that re-arms an <c>Elsa.Cron</c> or <c>Elsa.Timer</c> bookmark.</summary>
    public string? Recurrence { get; set; }

    public string? EventName { get; init; }
    public string? CorrelationId { get; init; }
    public string? ChildInstanceId { get; set; }

    /// <summary>Variable that receives what resumes the bookmark (an event's payload, a child's output).</summary>
    public string? ResultVariable { get; init; }

    public HumanTask? Task { get; init; }

    public JsonObject? Data { get; init; }
}
