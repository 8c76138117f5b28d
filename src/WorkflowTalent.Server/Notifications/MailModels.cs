namespace WorkflowTalent.Server.Notifications;

/// <summary>A task as a mail shows it; times already in Asia/Shanghai local time ("2026-09-04 09:00").</summary>
public sealed record TaskLine(string Title, string Case, string? Due, bool IsOverdue, string Role);

/// <summary>What the reminder, deadline, escalation and reassignment mails are rendered from.</summary>
public sealed record TaskMailModel(string Recipient, TaskLine Task, string? Target, string? Deadline);

/// <summary>What the daily digest is rendered from.</summary>
public sealed record DigestModel(string Recipient, string Date, IReadOnlyList<TaskLine> Tasks, int OverdueCount);

/// <summary>A rendered mail: the subject as text, the body as HTML (the sender derives the plain-text part from it).</summary>
public sealed record RenderedMail(string Subject, string HtmlBody);

public enum MailKind
{
    /// <summary>Before the due time: the task's holders (or assignee).</summary>
    Reminder,

    /// <summary>A deadline rule's time came: the task's holders, before it is escalated or reassigned.</summary>
    DeadlineReminder,

    /// <summary>To the escalation's target (by default the Municipal Organisation Department).</summary>
    Escalation,

    /// <summary>To the official a deadline rule reassigned the task to.</summary>
    Reassigned,

    Digest,
}
