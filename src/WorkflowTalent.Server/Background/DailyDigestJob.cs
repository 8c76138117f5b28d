using Hangfire;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Persistence.Users;
using WorkflowTalent.Server.Notifications;

namespace WorkflowTalent.Server.Background;

/// <summary>
/// Each morning, one mail to every official with open tasks, listing them (overdue ones marked). At most one per
/// official and local day: the mail's id is derived from the user and the Asia/Shanghai date, so a second run the
/// same day, here or on another node, finds it already in the outbox.
/// </summary>
[AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)] // a failed run is repaired by running it again the same day
public sealed class DailyDigestJob(
    WorkflowDbContext db, NotificationRecipients recipients, MailTemplates templates, TimeProvider clock, ILogger<DailyDigestJob> log)
{
    /// <returns>How many digests were queued.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var date = NotificationMails.LocalDate(now);
        var open = await db.Tasks.AsNoTracking().Where(t => t.Status == HumanTaskStatus.Open).ToListAsync(cancellationToken);
        if (open.Count == 0)
            return 0;
        var cases = await recipients.CaseNamesAsync(open.Select(t => t.InstanceId), cancellationToken);
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken);
        var rolesOf = roles.ToLookup(r => r.UserId, r => r.Name!);
        var users = await db.Users.AsNoTracking().Where(u => u.Email != null).OrderBy(u => u.UserName).ToListAsync(cancellationToken);

        var queued = 0;
        foreach (var user in users)
        {
            var theirs = open.Where(t => IsFor(t, user, rolesOf[user.Id])).OrderBy(t => t.Due ?? DateTimeOffset.MaxValue).ThenBy(t => t.CreatedAt).ToList();
            if (theirs.Count == 0)
                continue;
            var id = NotificationMails.IdFor("digest", user.Id, date);
            if (await db.OutboxMails.AnyAsync(m => m.Id == id, cancellationToken))
                continue;
            var language = MailTemplates.LanguageOf(user.Culture);
            var lines = theirs.Select(t => NotificationMails.LineOf(t, cases.GetValueOrDefault(t.InstanceId, t.InstanceId), language, now)).ToList();
            var mail = templates.Render(MailKind.Digest, user.Culture, new DigestModel(NotificationMails.NameOf(user), date, lines, lines.Count(l => l.IsOverdue)));
            db.OutboxMails.Add(NotificationMails.Create(id, user, mail, instanceId: null, now));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                queued++;
            }
            catch (DbUpdateException)
            {
                // Another run queued it between the check and the insert: the primary key kept it to one.
                log.LogInformation("Digest for user {UserId} on {Date} was already queued", user.Id, date);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        log.LogInformation("Daily digest for {Date}: {Queued} mails queued", date, queued);
        return queued;
    }

    // The inbox's rule (Access.Tasks): assigned to the official, or unassigned and of a role they hold within their scope.
    private static bool IsFor(TaskRecord task, WorkflowUser user, IEnumerable<string> roles) =>
        task.Assignee is { } assignee
            ? string.Equals(assignee, user.UserName, StringComparison.Ordinal)
            : roles.Contains(task.Role, StringComparer.Ordinal) && (task.Scope is null || string.Equals(task.Scope, user.Scope, StringComparison.Ordinal));
}
