using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Server.Identity;
using WorkflowTalent.Server.Notifications;

namespace WorkflowTalent.Server.Background;

public sealed partial class TaskRemindersJob
{
    private async Task<int> RunDeadlineActionsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rules = _options.DeadlineActions;
        if (!rules.Any(r => r.Action != DeadlineActionKind.None))
            return 0;
        // Candidates: open tasks, not yet acted on, whose earliest possible deadline has passed; the rule decides the rest.
        var acting = rules.Where(r => r.Action != DeadlineActionKind.None).ToList();
        var dueRules = acting.Where(r => r.After.TrimStart().StartsWith(DeadlineAction.Due, StringComparison.OrdinalIgnoreCase)).ToList();
        var createdRules = acting.Except(dueRules).ToList();
        DateTimeOffset? dueBy = dueRules.Count == 0 ? null : now - dueRules.Min(r => Offset(r));
        DateTimeOffset? createdBy = createdRules.Count == 0 ? null : now - createdRules.Min(r => Offset(r));

        return await ForEachOpenTaskAsync(
            open => open.Where(t => t.EscalatedAt == null
                    && ((dueBy != null && t.Due != null && t.Due <= dueBy) || (createdBy != null && t.CreatedAt <= createdBy)))
                .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id),
            async (task, cases) => RuleFor(task, now) is { } rule && await ActAsync(task, rule, cases, now, cancellationToken),
            cancellationToken);
    }

    // The most specific rules that match the task decide; of those, the first whose time has come and whose condition holds.
    private DeadlineAction? RuleFor(TaskRecord task, DateTimeOffset now)
    {
        var matching = _options.DeadlineActions.Where(r => r.Matches(task)).ToList();
        if (matching.Count == 0)
            return null;
        var specificity = matching.Max(r => r.Specificity);
        return matching
            .Where(r => r.Specificity == specificity && r.Action != DeadlineActionKind.None)
            .FirstOrDefault(r => r.DeadlineOf(task) <= now && r.StillNot(task));
    }

    private async Task<bool> ActAsync(TaskRecord task, DeadlineAction rule, IReadOnlyDictionary<string, string> cases, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var holders = await recipients.HoldersAsync(task, cancellationToken);
        var deadline = NotificationMails.LocalTime(rule.DeadlineOf(task)!.Value);
        var to = rule.To ?? WorkflowRoles.MunicipalOrganization;
        var targets = await recipients.TargetAsync(to, task.Scope, cancellationToken);
        if (rule.Action == DeadlineActionKind.Reassign)
        {
            if ((targets.Count > 0 ? targets[0] : null) is not { UserName: { } assignee } user)
            {
                log.LogWarning("Task {TaskId}: deadline rule reassigns to {To}, who is not a user with an e-mail address", task.Id, to);
                return false;
            }

            var detail = task.Assignee is { } previous ? $"{previous} → {assignee}" : assignee;
            return await ChangeAsync(task,
                tasks => tasks.Where(t => t.EscalatedAt == null).ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.Assignee, assignee)
                    .SetProperty(t => t.Owner, (string?)null)
                    .SetProperty(t => t.Delegation, DelegationState.None)
                    .SetProperty(t => t.ClaimedAt, now)
                    .SetProperty(t => t.EscalatedAt, now), cancellationToken),
                () =>
                {
                    store.History(task.Id, EfWorkflowStore.SystemUser, TaskAction.Reminded, Names(holders), now);
                    store.History(task.Id, EfWorkflowStore.SystemUser, TaskAction.Reassigned, detail, now);
                    StageMails(MailKind.DeadlineReminder, "deadline-reminder", task, holders, cases, NotificationMails.NameOf(user), deadline, now);
                    StageMails(MailKind.Reassigned, "reassigned", task, [user], cases, NotificationMails.NameOf(user), deadline, now);
                },
                cancellationToken);
        }

        return await ChangeAsync(task,
            tasks => tasks.Where(t => t.EscalatedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.EscalatedAt, now), cancellationToken),
            () =>
            {
                var targetName = WorkflowRoles.ChineseNames.GetValueOrDefault(to, to);
                store.History(task.Id, EfWorkflowStore.SystemUser, TaskAction.Reminded, Names(holders), now);
                store.History(task.Id, EfWorkflowStore.SystemUser, TaskAction.Escalated, $"{to}: {Names(targets)}", now);
                StageMails(MailKind.DeadlineReminder, "deadline-reminder", task, holders, cases, targetName, deadline, now);
                StageMails(MailKind.Escalation, "escalation", task, targets, cases, targetName, deadline, now);
            },
            cancellationToken);
    }

    private static TimeSpan Offset(DeadlineAction rule)
    {
        // The deadline of a task due (or created) at the epoch is the rule's offset from it.
        var anchor = DateTimeOffset.UnixEpoch;
        var probe = new TaskRecord { Id = "", InstanceId = "", ActivityId = "", Title = "", Role = "", CreatedAt = anchor, Due = anchor };
        return rule.DeadlineOf(probe)!.Value - anchor;
    }
}
