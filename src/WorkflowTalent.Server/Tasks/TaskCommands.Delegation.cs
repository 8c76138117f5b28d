using WorkflowTalent.Persistence.HumanTasks;

namespace WorkflowTalent.Server.Tasks;

/// <summary>Handing a task on: delegate and resolve (it comes back), reassign (it stays with the new official).</summary>
public sealed partial class TaskCommands
{
    /// <summary>
    /// The delegate works on the task and hands it back; the owner (who held it, or the caller) completes it.
    /// The delegate need not hold the task's role: Access shows them the task because it is assigned to them.
    /// </summary>
    public async Task<TaskProblem?> DelegateAsync(Access.Access access, string taskId, UserNameRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(request);
        var (task, problem) = await OpenAsync(access, taskId, cancellationToken);
        if (task is null)
            return problem;
        if (MayDecide(access, task) is { } notYours)
            return notYours;
        if (await officials.FindAsync(request.UserName) is not { UserName: { } delegateName })
            return TaskProblem.Invalid($"没有用户“{request.UserName}”。There is no user {request.UserName}.");
        var owner = task.Assignee ?? access.Caller.UserName;
        if (delegateName == owner)
            return TaskProblem.Invalid("不能委派给本人。A task cannot be delegated to its owner.");

        var now = clock.GetUtcNow();
        return await ChangeAsync(task, s => s
                .SetProperty(t => t.Owner, owner)
                .SetProperty(t => t.Assignee, delegateName)
                .SetProperty(t => t.Delegation, DelegationState.Pending)
                .SetProperty(t => t.ClaimedAt, now),
            [(access.Caller.UserName, TaskAction.Delegated, delegateName)], cancellationToken);
    }

    /// <summary>The delegate hands the task back to its owner, who then completes it.</summary>
    public async Task<TaskProblem?> ResolveAsync(Access.Access access, string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var (task, problem) = await OpenAsync(access, taskId, cancellationToken);
        if (task is null)
            return problem;
        if (task.Delegation != DelegationState.Pending || task.Owner is null)
            return TaskProblem.Conflict("任务未处于委派中，无需交回。The task is not delegated: there is nothing to resolve.");
        if (task.Assignee is not { } delegateName || !access.People.Contains(delegateName))
            return TaskProblem.Conflict($"只有受托人（{task.Assignee}）可以交回任务。Only the delegate ({task.Assignee}) resolves the task.");

        var owner = task.Owner;
        var now = clock.GetUtcNow();
        return await ChangeAsync(task, s => s
                .SetProperty(t => t.Assignee, owner)
                .SetProperty(t => t.Delegation, DelegationState.Resolved)
                .SetProperty(t => t.ClaimedAt, now),
            [(access.Caller.UserName, TaskAction.Resolved, owner)], cancellationToken);
    }

    /// <summary>
    /// Gives the task to another official for good. Only someone who holds the task's role and scope, or an
    /// administrator, may; the new assignee must hold them too (R2.1: each step belongs to its role and scope).
    /// </summary>
    public async Task<TaskProblem?> ReassignAsync(Access.Access access, string taskId, UserNameRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(request);
        var task = await FindAsync(taskId, cancellationToken);
        var caller = access.Caller;
        if (task is null || !(caller.IsAdministrator || (access.CanSee(task) && caller.Holds(task.Role, task.Scope))))
            return TaskProblem.NotFound(taskId);
        if (task.Status != HumanTaskStatus.Open)
            return TaskProblem.NoLongerOpen(task.Status.ToString());
        if (await officials.FindAsync(request.UserName) is not { UserName: { } assignee } user)
            return TaskProblem.Invalid($"没有用户“{request.UserName}”。There is no user {request.UserName}.");
        if (!await officials.HoldsAsync(user, task.Role, task.Scope))
            return TaskProblem.Invalid(
                $"“{assignee}”不具备该任务的角色或范围（{task.Role}，{task.Scope ?? "全市"}）。{assignee} does not hold the task's role and scope ({task.Role}, {task.Scope ?? "city-wide"}).");
        if (assignee == task.Assignee && task.Delegation != DelegationState.Pending)
            return null;

        // A reassignment ends a delegation: the new official holds the task outright.
        var now = clock.GetUtcNow();
        return await ChangeAsync(task, s => s
                .SetProperty(t => t.Assignee, assignee)
                .SetProperty(t => t.Owner, (string?)null)
                .SetProperty(t => t.Delegation, DelegationState.None)
                .SetProperty(t => t.ClaimedAt, now),
            [(caller.UserName, TaskAction.Reassigned, task.Assignee is { } previous ? $"{previous} → {assignee}" : assignee)], cancellationToken);
    }
}
