using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Server.Engine;
using WorkflowTalent.Server.Files;

namespace WorkflowTalent.Server.Tasks;

/// <summary>
/// What officials do with a task besides completing it: claim, release, comment, priority and follow-up. Each
/// answers null when done, or the problem; each change and its history entry are saved together.
/// </summary>
public sealed partial class TaskCommands(WorkflowDbContext db, EfWorkflowStore store, TimeProvider clock, Officials officials, WorkflowSteps steps, CaseFiles files)
{
    public const int MaxPriority = 100;

    public async Task<TaskProblem?> ClaimAsync(Access.Access access, string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var (task, problem) = await OpenAsync(access, taskId, cancellationToken);
        if (task is null)
            return problem;
        if (task.Assignee == access.Caller.UserName)
            return null; // already the caller's: claiming again changes nothing
        if (task.Assignee is { } holder && !access.People.Contains(holder))
            return TaskProblem.ClaimedByOther(holder);
        if (!access.CanWorkOn(task))
            return TaskProblem.NotFound(taskId);

        var me = access.Caller.UserName;
        var now = clock.GetUtcNow();
        return await ChangeAsync(task, s => s.SetProperty(t => t.Assignee, me).SetProperty(t => t.ClaimedAt, now),
            [(me, TaskAction.Claimed, me)], cancellationToken);
    }

    public async Task<TaskProblem?> ReleaseAsync(Access.Access access, string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var (task, problem) = await OpenAsync(access, taskId, cancellationToken);
        if (task is null)
            return problem;
        if (task.Assignee is null)
            return null; // nobody holds it: nothing to release
        if (!access.People.Contains(task.Assignee))
            return TaskProblem.ClaimedByOther(task.Assignee);
        if (task.Delegation == DelegationState.Pending)
            return TaskProblem.DelegationPending;

        var released = task.Assignee;
        return await ChangeAsync(task, s => s.SetProperty(t => t.Assignee, (string?)null).SetProperty(t => t.ClaimedAt, (DateTimeOffset?)null),
            [(access.Caller.UserName, TaskAction.Released, released)], cancellationToken);
    }

    public async Task<TaskProblem?> CommentAsync(Access.Access access, string taskId, CommentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(request);
        var task = await FindAsync(taskId, cancellationToken);
        if (task is null || !(access.CanSee(task) || access.Caller.IsAdministrator))
            return TaskProblem.NotFound(taskId);
        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text))
            return TaskProblem.Invalid("意见内容不能为空。A comment needs text.");
        if (text.Length > MaxCommentLength)
            return TaskProblem.Invalid($"意见不能超过 {MaxCommentLength} 字。A comment may have at most {MaxCommentLength} characters.");

        // A comment changes no column of the task: it is a history entry, on open and closed tasks alike.
        store.History(task.Id, access.Caller.UserName, TaskAction.Commented, text);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<TaskProblem?> PatchAsync(Access.Access access, string taskId, TaskPatch patch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(patch);
        var (task, problem) = await OpenAsync(access, taskId, cancellationToken);
        if (task is null)
            return problem;
        if (patch.Priority is < 0 or > MaxPriority)
            return TaskProblem.Invalid($"优先级须在 0 至 {MaxPriority} 之间。priority must be 0 to {MaxPriority}.");

        var priority = patch.Priority ?? task.Priority;
        var followUp = patch.ClearFollowUp ? null : patch.FollowUp ?? task.FollowUp;
        var me = access.Caller.UserName;
        var history = new List<(string, TaskAction, string?)>();
        if (priority != task.Priority)
            history.Add((me, TaskAction.PriorityChanged, $"{task.Priority} → {priority}"));
        if (followUp != task.FollowUp)
            history.Add((me, TaskAction.FollowUpChanged, followUp?.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        if (history.Count == 0)
            return null;
        return await ChangeAsync(task, s => s.SetProperty(t => t.Priority, priority).SetProperty(t => t.FollowUp, followUp), history, cancellationToken);
    }

    private const int MaxCommentLength = 4000;

    private Task<TaskRecord?> FindAsync(string taskId, CancellationToken cancellationToken) =>
        db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);

    /// <summary>The task, when the caller sees it and it is still open; else why not (404 unseen, 409 closed).</summary>
    private async Task<(TaskRecord? Task, TaskProblem? Problem)> OpenAsync(Access.Access access, string taskId, CancellationToken cancellationToken)
    {
        var task = await FindAsync(taskId, cancellationToken);
        if (task is null || !access.CanSee(task))
            return (null, TaskProblem.NotFound(taskId));
        return task.Status == HumanTaskStatus.Open ? (task, null) : (null, TaskProblem.NoLongerOpen(task.Status.ToString()));
    }

    /// <summary>
    /// Why the caller may not decide the task now (complete or delegate it), or null: a delegated task is the
    /// delegate's to hand back, not to decide; a task someone else holds is theirs; otherwise it must be the
    /// caller's to work on (their role and scope, or held by them or whom they stand in for).
    /// </summary>
    private static TaskProblem? MayDecide(Access.Access access, TaskRecord task)
    {
        if (task.Delegation == DelegationState.Pending)
            return TaskProblem.DelegationPending;
        if (task.Assignee is { } holder && !access.People.Contains(holder))
            return TaskProblem.ClaimedByOther(holder);
        return access.CanWorkOn(task) ? null : TaskProblem.NotFound(task.Id);
    }

    /// <summary>
    /// Applies <paramref name="set"/> only if the row is still open and held as the caller saw it (assignee, owner,
    /// delegation), and stages the history with it, in one transaction: of two officials claiming at once, one wins
    /// and the other gets 409 instead of silently overwriting.
    /// </summary>
    private async Task<TaskProblem?> ChangeAsync(TaskRecord seen, Action<UpdateSettersBuilder<TaskRecord>> set,
        IReadOnlyList<(string By, TaskAction Action, string? Detail)> history, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await db.Tasks
            .Where(t => t.Id == seen.Id && t.Status == HumanTaskStatus.Open && t.Assignee == seen.Assignee && t.Owner == seen.Owner && t.Delegation == seen.Delegation)
            .ExecuteUpdateAsync(set, cancellationToken);
        if (changed == 0)
            return TaskProblem.ChangedMeanwhile; // the transaction rolls back on dispose
        foreach (var (by, action, detail) in history)
            store.History(seen.Id, by, action, detail);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }
}
