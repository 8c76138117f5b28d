namespace WorkflowTalent.Server.Notifications;

/// <summary>
/// The "Reminders" section: the lead time of the before-due reminder, and the deadline actions (rules.md, "facts
/// the text leaves open": reminder lead times and how long approvers have before escalation are settings).
/// </summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>The reminder goes out this long before a task's due time, once.</summary>
    public TimeSpan BeforeDue { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// What happens to a task left undone: the rule naming the task's definition and activity wins over one naming
    /// only the definition, which wins over the default (neither). Empty: no deadline actions.
    /// </summary>
    public IList<DeadlineAction> DeadlineActions { get; } = [];

    /// <summary>Tasks read per query by the reminders job.</summary>
    public int BatchSize { get; set; } = 200;
}
