using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Tasks;

/// <summary>Completing a task: the service's checks, then one engine step in one transaction.</summary>
public sealed partial class TaskCommands
{
    public async Task<TaskProblem?> CompleteAsync(Access.Access access, string taskId, CompleteRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(request);
        var (task, problem) = await OpenAsync(access, taskId, cancellationToken);
        if (task is null)
            return problem;
        if (MayDecide(access, task) is { } notYours)
            return notYours;

        var outcomes = Outcomes(task);
        if (string.IsNullOrWhiteSpace(request.Outcome) || !outcomes.Contains(request.Outcome, StringComparer.Ordinal))
            return TaskProblem.Invalid(
                $"办理结果“{request.Outcome}”无效，可选：{string.Join("、", outcomes)}。Outcome '{request.Outcome}' is not one of {string.Join(", ", outcomes)}.");
        var fields = TaskFormValidator.Check(task.FormJson, request.Data, await files.IdsOfCaseAsync(task.InstanceId, cancellationToken));
        if (fields.Count > 0)
            return TaskProblem.Invalid("表单数据有误。The form's data is invalid.", fields);

        // The step acts in the task's role and scope: the caller holds them, or stands in for (or was delegated by)
        // someone who does, which Access has checked. The task row becomes Completed through the engine's sink.
        var by = new Actor(task.Role, task.Scope, access.Caller.UserName);
        var completion = new ResumeSignal.TaskCompletion(request.Outcome, request.Data, string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim(), by);
        try
        {
            steps.Run(host => host.CompleteTask(task.InstanceId, task.Id, completion));
            return null;
        }
        catch (WorkflowRefusedException refused)
        {
            return await RefusalAsync(refused, taskId, cancellationToken);
        }
    }

    private Task<HumanTaskStatus?> StatusAsync(string taskId, CancellationToken cancellationToken) =>
        db.Tasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => (HumanTaskStatus?)t.Status).FirstOrDefaultAsync(cancellationToken);

    // The engine refuses a task it no longer has open (another request completed it a moment ago, or the case
    // moved on) with NotFound or Conflict: to the official that is a task no longer open, 409.
    private async Task<TaskProblem> RefusalAsync(WorkflowRefusedException refused, string taskId, CancellationToken cancellationToken)
    {
        switch (refused.Reason)
        {
            case RefusalReason.Forbidden:
                return TaskProblem.NotFound(taskId);
            case RefusalReason.Invalid:
                return TaskProblem.Invalid($"流程拒绝了此次办理：{refused.Message}。The workflow refused the completion: {refused.Message}.");
            default:
                return await StatusAsync(taskId, cancellationToken) is { } s and not HumanTaskStatus.Open
                    ? TaskProblem.NoLongerOpen(s.ToString())
                    : TaskProblem.Conflict($"任务刚被他人办理，请刷新后重试。The task was acted on by someone else at the same moment ({refused.Message}).");
        }
    }

    internal static IReadOnlyList<string> Outcomes(TaskRecord task) =>
        string.IsNullOrEmpty(task.OutcomesJson) ? [] : JsonSerializer.Deserialize<List<string>>(task.OutcomesJson) ?? [];
}
