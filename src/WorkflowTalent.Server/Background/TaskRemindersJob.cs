using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Persistence.Users;
using WorkflowTalent.Server.Notifications;

namespace WorkflowTalent.Server.Background;

/// <summary>
/// The service's own deadlines on open tasks, beside the engine's: a reminder before the due time, once
/// (TaskRecord.RemindedAt), and the deadline rules of <see cref="ReminderOptions"/>, once (TaskRecord.EscalatedAt).
/// Each task's change, its history and its mails commit in one transaction, guarded by a conditional update, so a
/// second run or a second node changes nothing and sends nothing twice.
/// </summary>
[AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)] // it recurs; what failed is still due next time
public sealed partial class TaskRemindersJob(
    WorkflowDbContext db, EfWorkflowStore store, NotificationRecipients recipients, MailTemplates templates, TimeProvider clock,
    IOptions<ReminderOptions> options, ILogger<TaskRemindersJob> log)
{
    private readonly ReminderOptions _options = options.Value;

    /// <returns>How many tasks were reminded, escalated or reassigned.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var reminded = await RemindBeforeDueAsync(now, cancellationToken);
        var acted = await RunDeadlineActionsAsync(now, cancellationToken);
        if (reminded + acted > 0)
            log.LogInformation("Task reminders: {Reminded} reminded before due, {Acted} deadline actions", reminded, acted);
        return reminded + acted;
    }

    private async Task<int> RemindBeforeDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var horizon = now + _options.BeforeDue;
        return await ForEachOpenTaskAsync(
            open => open.Where(t => t.RemindedAt == null && t.Due != null && t.Due > now && t.Due <= horizon).OrderBy(t => t.Due).ThenBy(t => t.Id),
            async (task, cases) =>
            {
                var holders = await recipients.HoldersAsync(task, cancellationToken);
                return await ChangeAsync(task,
                    tasks => tasks.Where(t => t.RemindedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.RemindedAt, now), cancellationToken),
                    () =>
                    {
                        store.History(task.Id, EfWorkflowStore.SystemUser, TaskAction.Reminded, Names(holders), now);
                        StageMails(MailKind.Reminder, "reminder", task, holders, cases, target: null, deadline: null, now);
                    },
                    cancellationToken);
            },
            cancellationToken);
    }

    /// <summary>
    /// Pages through the open tasks <paramref name="select"/> picks and orders, handing each to <paramref name="handle"/>
    /// with the names of the pages' cases; a task not handled (changed meanwhile, or not due under its rule) is passed
    /// over for the rest of this run. Answers how many were handled.
    /// </summary>
    private async Task<int> ForEachOpenTaskAsync(
        Func<IQueryable<TaskRecord>, IQueryable<TaskRecord>> select,
        Func<TaskRecord, IReadOnlyDictionary<string, string>, Task<bool>> handle,
        CancellationToken cancellationToken)
    {
        var done = 0;
        var passedOver = new List<string>();
        while (true)
        {
            var page = await select(db.Tasks.AsNoTracking().Where(t => t.Status == HumanTaskStatus.Open && !passedOver.Contains(t.Id)))
                .Take(_options.BatchSize)
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
                return done;
            var cases = await recipients.CaseNamesAsync(page.Select(t => t.InstanceId), cancellationToken);
            foreach (var task in page)
            {
                if (await handle(task, cases))
                    done++;
                else
                    passedOver.Add(task.Id);
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="guardedUpdate"/> on the task's row if it is still open and held as read, then stages
    /// history and mails, in one transaction. False when the task changed meanwhile or a mail was already staged
    /// (another node got there first): nothing is saved.
    /// </summary>
    private async Task<bool> ChangeAsync(TaskRecord seen, Func<IQueryable<TaskRecord>, Task<int>> guardedUpdate, Action stage, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var rows = db.Tasks.Where(t => t.Id == seen.Id && t.Status == HumanTaskStatus.Open && t.Assignee == seen.Assignee);
            if (await guardedUpdate(rows) == 0)
                return false;
            stage();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex)
        {
            log.LogWarning("Task {TaskId}: notification not saved, probably staged by another node ({Error})", seen.Id, ex.InnerException?.Message ?? ex.Message);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private void StageMails(MailKind kind, string idKind, TaskRecord task, IEnumerable<WorkflowUser> to, IReadOnlyDictionary<string, string> cases,
        string? target, string? deadline, DateTimeOffset now)
    {
        var caseName = cases.GetValueOrDefault(task.InstanceId, task.InstanceId);
        foreach (var user in to)
        {
            var language = MailTemplates.LanguageOf(user.Culture);
            var model = new TaskMailModel(NotificationMails.NameOf(user), NotificationMails.LineOf(task, caseName, language, now), target, deadline);
            var mail = templates.Render(kind, user.Culture, model);
            db.OutboxMails.Add(NotificationMails.Create(NotificationMails.IdFor(idKind, task.Id, user.Id), user, mail, task.InstanceId, now));
        }
    }

    // History names people by user name, never by address.
    private static string Names(IReadOnlyList<WorkflowUser> users) =>
        users.Count == 0 ? "(no recipient)" : string.Join(", ", users.Select(u => u.UserName));
}
