using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowTalent.Server.Problems;
using ValidationProblem = WorkflowTalent.Workflows.Validation.ValidationProblem;

namespace WorkflowTalent.Server.Tasks;

/// <summary>
/// Why a task command was refused, as the status it answers with; a value rather than an exception so that a
/// bulk request can report it per task. Messages are for officials: Chinese first, English after.
/// </summary>
public sealed record TaskProblem(int Status, string Title, string Detail, IReadOnlyList<ValidationProblem>? Fields = null)
{
    public ProblemHttpResult ToResult() => Fields is { Count: > 0 }
        ? ValidationProblems.Unprocessable(Detail, Fields)
        : TypedResults.Problem(detail: Detail, statusCode: Status, title: Title);

    // What a caller may not see or not work on looks, to that caller, like something that is not there.
    public static TaskProblem NotFound(string taskId) =>
        new(StatusCodes.Status404NotFound, "Not found", $"任务不存在或您无权处理。There is no task {taskId} you may see or work on.");

    public static TaskProblem Conflict(string detail) => new(StatusCodes.Status409Conflict, "Conflict", detail);

    public static TaskProblem Invalid(string detail, IReadOnlyList<ValidationProblem>? fields = null) =>
        new(StatusCodes.Status422UnprocessableEntity, "Refused", detail, fields);

    public static TaskProblem NoLongerOpen(string status) =>
        Conflict($"任务已办结或已取消（{status}）。The task is no longer open ({status}).");

    public static TaskProblem ClaimedByOther(string assignee) =>
        Conflict($"任务已被他人认领（{assignee}）。The task is claimed by someone else ({assignee}).");

    public static TaskProblem DelegationPending { get; } =
        Conflict("任务已委派，须由受托人办理后交回，再由委托人办结。The task is delegated: the delegate resolves it and the owner completes it.");

    public static TaskProblem ChangedMeanwhile { get; } =
        Conflict("任务刚被他人更改，请刷新后重试。The task was changed by someone else at the same moment; reload it and try again.");
}
