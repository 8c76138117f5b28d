using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Persistence.Mail;
using WorkflowTalent.Persistence.Users;
using WorkflowTalent.Server.Identity;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Server.Notifications;

/// <summary>Turns a rendered notification into an outbox row; the job saves it with the change that caused it.</summary>
public static class NotificationMails
{
    /// <summary>
    /// A deterministic id from what the mail is about (e.g. kind, task, recipient): the same notification staged twice,
    /// by a second run or a second node, collides on the primary key instead of going out twice. Hashed, so that
    /// ids stay within the column and carry no names.
    /// </summary>
    public static string IdFor(string kind, params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return $"{kind}-{Convert.ToHexStringLower(hash.AsSpan(0, 16))}";
    }

    public static OutboxMail Create(string id, WorkflowUser to, RenderedMail mail, string? instanceId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(mail);
        return new OutboxMail
        {
            Id = id,
            // Mails not about one case (the digest) have none; the column is required.
            InstanceId = instanceId ?? "",
            To = to.Email!,
            Subject = mail.Subject,
            Body = mail.HtmlBody,
            Status = OutboxMailStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    /// <summary>Asia/Shanghai local time as mails show it: 2026-09-04 09:00.</summary>
    public static string LocalTime(DateTimeOffset time) =>
        ShanghaiTime.ToLocal(time).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string LocalDate(DateTimeOffset time) =>
        ShanghaiTime.ToLocal(time).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TaskLine LineOf(TaskRecord task, string caseName, string language, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(task);
        var role = language == MailTemplates.Chinese && WorkflowRoles.ChineseNames.TryGetValue(task.Role, out var chinese) ? chinese : task.Role;
        var scoped = task.Scope is null ? role : language == MailTemplates.Chinese ? $"{role}（{task.Scope}）" : $"{role} ({task.Scope})";
        return new TaskLine(task.Title, caseName, task.Due is { } due ? LocalTime(due) : null, task.IsOverdue || task.Due < now, scoped);
    }

    public static string NameOf(WorkflowUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.DisplayName ?? user.UserName ?? "";
    }
}
