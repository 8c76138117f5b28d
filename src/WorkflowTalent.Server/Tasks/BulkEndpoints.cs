using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowTalent.Server.Access;

namespace WorkflowTalent.Server.Tasks;

/// <summary>
/// <c>POST /api/tasks/bulk/{action}</c>: one action on a list of tasks (a municipal reviewer approving a county's
/// list). Each task runs in a scope and transaction of its own, so one refusal does not undo the others; the answer
/// lists each task's status.
/// </summary>
public static class BulkEndpoints
{
    public const int MaxTasks = 200;

    public static IReadOnlyList<string> Actions { get; } = ["claim", "release", "complete", "reassign"];

    public static RouteGroupBuilder MapBulkEndpoints(this RouteGroupBuilder tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        tasks.MapPost("/bulk/{action}", Run)
            .WithSummary("Claims, releases, completes or reassigns several tasks, each on its own; answers 200, 404, 409 or 422 per task.");
        return tasks;
    }

    private static async Task<Results<Ok<List<BulkItemResult>>, ProblemHttpResult>> Run(
        string action, BulkRequest request, ClaimsPrincipal user, AccessResolver resolver, IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        var verb = action.ToUpperInvariant();
        if (!Actions.Contains(action, StringComparer.OrdinalIgnoreCase))
            return TaskProblem.Invalid($"批量操作须为 {string.Join("、", Actions)} 之一。The bulk action must be one of {string.Join(", ", Actions)}.").ToResult();
        if (request.TaskIds is not { Count: > 0 and <= MaxTasks } ids)
            return TaskProblem.Invalid($"须列出 1 至 {MaxTasks} 个任务。taskIds must list 1 to {MaxTasks} tasks.").ToResult();

        var access = await resolver.ForAsync(user, cancellationToken);
        var results = new List<BulkItemResult>(ids.Count);
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            // A scope per task: its own DbContext and engine host, so nothing one task loaded or staged leaks into the next.
            await using var scope = scopes.CreateAsyncScope();
            var commands = scope.ServiceProvider.GetRequiredService<TaskCommands>();
            var problem = verb switch
            {
                "CLAIM" => await commands.ClaimAsync(access, id, cancellationToken),
                "RELEASE" => await commands.ReleaseAsync(access, id, cancellationToken),
                "COMPLETE" => await commands.CompleteAsync(access, id, new CompleteRequest(request.Outcome, request.Data?.DeepClone().AsObject(), request.Comment), cancellationToken),
                _ => await commands.ReassignAsync(access, id, new UserNameRequest(request.UserName), cancellationToken),
            };
            results.Add(new BulkItemResult(id, problem?.Status ?? StatusCodes.Status200OK, problem));
        }

        return TypedResults.Ok(results);
    }
}
