using System.Xml;
using WorkflowTalent.Persistence.HumanTasks;

namespace WorkflowTalent.Server.Notifications;

/// <summary>
/// One deadline rule: <see cref="After"/> ("P2D" from the task's creation, or "due", optionally "due+PT4H"), a task that
/// is still not <see cref="WhenNot"/> (Claimed or Completed) gets its holders reminded and is then escalated to, or
/// reassigned to, <see cref="To"/> (a role, or a user name). It runs once per task (TaskRecord.EscalatedAt).
/// </summary>
public sealed class DeadlineAction
{
    public const string Due = "due";

    public string? DefinitionId { get; set; }
    public string? ActivityId { get; set; }
    public string After { get; set; } = Due;
    public DeadlineCondition WhenNot { get; set; } = DeadlineCondition.Completed;
    public DeadlineActionKind Action { get; set; } = DeadlineActionKind.Escalate;
    public string? To { get; set; }

    /// <summary>2 for a rule naming the activity, 1 for the definition, 0 for the default.</summary>
    public int Specificity => (ActivityId is null ? 0 : 2) + (DefinitionId is null ? 0 : 1);

    public bool Matches(TaskRecord task) =>
        (DefinitionId is null || string.Equals(DefinitionId, task.DefinitionId, StringComparison.Ordinal))
        && (ActivityId is null || string.Equals(ActivityId, task.ActivityId, StringComparison.Ordinal));

    /// <summary>When the rule's time comes for <paramref name="task"/>; null for a "due" rule on a task with no due time.</summary>
    public DateTimeOffset? DeadlineOf(TaskRecord task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var (fromDue, offset) = Parse(After);
        return fromDue ? task.Due + offset : task.CreatedAt + offset;
    }

    /// <summary>Whether the task still lacks what the rule waits for.</summary>
    public bool StillNot(TaskRecord task) => WhenNot switch
    {
        DeadlineCondition.Claimed => task.Status == HumanTaskStatus.Open && task.Assignee is null,
        _ => task.Status == HumanTaskStatus.Open,
    };

    public static bool IsValid(string after)
    {
        try
        {
            Parse(after);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static (bool FromDue, TimeSpan Offset) Parse(string after)
    {
        var text = after.Trim();
        if (text.StartsWith(Due, StringComparison.OrdinalIgnoreCase))
        {
            var rest = text[Due.Length..].Trim();
            if (rest.Length == 0)
                return (true, TimeSpan.Zero);
            if (rest[0] != '+')
                throw new FormatException($"'{after}' is not \"due\" or \"due+<ISO 8601 duration>\"");
            return (true, XmlConvert.ToTimeSpan(rest[1..].Trim()));
        }

        return (false, XmlConvert.ToTimeSpan(text));
    }
}

public enum DeadlineCondition
{
    Claimed,
    Completed,
}

public enum DeadlineActionKind
{
    /// <summary>Turns the default off for a definition or activity.</summary>
    None,
    Escalate,
    Reassign,
}
