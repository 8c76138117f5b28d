using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>
/// <c>WorkflowTalent.HumanTask</c>: a task for a role (within a scope) in the inbox, leaving by the
/// outcome chosen; with <c>due</c> and <c>escalation</c> it leaves by Overdue (task stays open) or
/// Timeout (task cancelled) when the due time comes.
/// </summary>
public sealed class HumanTaskActivity : Activity
{
    public const string TypeName = "WorkflowTalent.HumanTask";

    public override string Type => TypeName;

    public override IReadOnlyList<InputDescriptor> Inputs { get; } =
    [
        new("title", InputKind.Text), new("description", InputKind.Text), new("role", InputKind.Text, Required: true),
        new("scope", InputKind.Text), new("outcomes", InputKind.StringList, Required: true), new("form", InputKind.FormFields),
        new("due", InputKind.DurationOrDateTime), new("escalation", InputKind.Text, AllowedValues: ["None", "Overdue", "Timeout"]),
        new("priority", InputKind.Text), new("resultVariable", InputKind.VariableReference),
    ];

    public override IReadOnlyList<string>? PortsOf(ActivityNode node)
    {
        var outcomes = node.Input("outcomes");
        if (outcomes?.Type is not (ExpressionType.Literal or ExpressionType.Object))
            return null;
        var ports = new List<string>(JsonValues.AsStringList(outcomes.Value));
        var escalation = node.Input("escalation");
        // An escalation computed at run time may take either path, so both ports are allowed.
        var mode = escalation?.Type == ExpressionType.Literal ? JsonValues.AsText(escalation.Value) : null;
        var computed = escalation is not null && escalation.Type != ExpressionType.Literal;
        if (computed || mode == nameof(EscalationMode.Overdue))
            ports.Add(Ports.Overdue);
        if (computed || mode == nameof(EscalationMode.Timeout))
            ports.Add(Ports.Timeout);
        return ports;
    }

    public override ActivityResult Execute(ActivityContext context)
    {
        var outcomes = context.StringList("outcomes");
        if (outcomes.Count == 0)
            throw new ActivityFaultException("input 'outcomes' names no outcome");
        var escalationText = context.Text("escalation");
        var escalation = string.IsNullOrEmpty(escalationText) ? EscalationMode.None
            : EnumNames.TryParse<EscalationMode>(escalationText, out var mode) ? mode
            : throw new ActivityFaultException($"escalation '{escalationText}' is not None, Overdue or Timeout");
        var due = Due(context);
        if (escalation != EscalationMode.None && due is null)
            throw new ActivityFaultException($"escalation {escalation} needs a due time");

        var task = new HumanTask
        {
            Title = context.Text("title") is { Length: > 0 } title ? title : context.Node.Name ?? context.Node.Id,
            Description = context.Text("description"),
            Role = context.RequiredText("role"),
            Scope = context.Text("scope") is { Length: > 0 } scope ? scope : null,
            Outcomes = outcomes,
            Form = context.Json("form"),
            CreatedAt = context.Now,
            Due = due,
            Escalation = escalation,
            ResultVariable = context.VariableName("resultVariable"),
        };
        context.OpenBookmark(BookmarkKind.Task, escalation == EscalationMode.None ? null : due, task);
        context.Journal(context.Entry(JournalEvents.TaskCreated) with
        {
            Role = task.Role,
            Scope = task.Scope,
            Title = task.Title,
            Due = due is { } d ? ShanghaiTime.Format(d) : null,
        });
        return ActivityResult.Wait;
    }

    public override ActivityResult Resume(ActivityContext context, Bookmark bookmark, ResumeSignal signal)
    {
        var task = bookmark.Task!;
        switch (signal)
        {
            case ResumeSignal.TaskCompletion completion:
                var result = new JsonObject
                {
                    ["outcome"] = completion.Outcome,
                    ["data"] = completion.Data?.DeepClone() ?? new JsonObject(),
                    ["comment"] = completion.Comment,
                    ["by"] = new JsonObject { ["user"] = completion.By.User, ["role"] = completion.By.Role, ["scope"] = completion.By.Scope },
                    ["at"] = ShanghaiTime.Format(context.Now),
                };
                if (task.ResultVariable is { } variable)
                    context.SetVariable(variable, result.DeepClone());
                context.Instance.LastResult = result;
                context.Effects.TasksCompleted.Add(new TaskCompleted(bookmark, completion, context.Now));
                context.Journal(context.Entry(JournalEvents.TaskCompleted) with { Outcome = completion.Outcome, By = completion.By.User ?? completion.By.Role });
                return ActivityResult.LeaveBy(completion.Outcome);
            case ResumeSignal.TimerDue when task.Escalation == EscalationMode.Overdue:
                task.IsOverdue = true;
                context.Reschedule(bookmark, null);
                context.Journal(context.Entry(JournalEvents.TaskOverdue) with { Port = Ports.Overdue });
                return new ActivityResult.Continue([Ports.Overdue]);
            case ResumeSignal.TimerDue when task.Escalation == EscalationMode.Timeout:
                context.CloseBookmark(bookmark, cancelled: true, "Timeout");
                context.Journal(context.Entry(JournalEvents.TaskCancelled) with { Reason = "Timeout" });
                return ActivityResult.LeaveBy(Ports.Timeout);
            default:
                return ActivityResult.Wait;
        }
    }

    /// <summary>Refuses a completion by the wrong role or scope, or with an outcome the task does not offer. Changes nothing.</summary>
    public static void CheckCompletion(Bookmark bookmark, ResumeSignal.TaskCompletion completion)
    {
        var task = bookmark.Task!;
        if (!string.Equals(completion.By.Role, task.Role, StringComparison.Ordinal))
            throw new WorkflowRefusedException($"task {bookmark.ActivityId} is for role {task.Role}, not {completion.By.Role}", RefusalReason.Forbidden);
        if (task.Scope is not null && !string.Equals(completion.By.Scope, task.Scope, StringComparison.Ordinal))
            throw new WorkflowRefusedException($"task {bookmark.ActivityId} is for scope {task.Scope}, not {completion.By.Scope ?? "(none)"}", RefusalReason.Forbidden);
        if (!task.Outcomes.Contains(completion.Outcome, StringComparer.Ordinal))
            throw new WorkflowRefusedException($"outcome '{completion.Outcome}' is not one of {string.Join(", ", task.Outcomes)}", RefusalReason.Invalid);
    }

    private static DateTimeOffset? Due(ActivityContext context)
    {
        var text = context.Text("due");
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (WorkflowDuration.TryParse(text, out var duration))
            return duration.AddTo(context.Now);
        if (ShanghaiTime.TryParse(text, out var time))
            return time;
        throw new ActivityFaultException($"due '{text}' is neither a duration nor a date-time");
    }
}
