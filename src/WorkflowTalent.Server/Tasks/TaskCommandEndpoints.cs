using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowTalent.Server.Access;

namespace WorkflowTalent.Server.Tasks;

/// <summary><c>/api/tasks/{id}</c>: one task's page and everything an official does with it. Each answers the task as it is now.</summary>
public static class TaskCommandEndpoints
{
    public static RouteGroupBuilder MapTaskCommandEndpoints(this RouteGroupBuilder tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        tasks.MapGet("/{id}", Details).WithSummary("A task with its outcomes, form, comments, full history and case; 404 unless the caller may see it.");
        tasks.MapPost("/{id}/claim", (string id, [AsParameters] TaskCall call) => call.Run(id, (c, a, ct) => c.ClaimAsync(a, id, ct)))
            .WithSummary("Takes the task: it is the caller's until released; 409 when someone else holds it.");
        tasks.MapPost("/{id}/release", (string id, [AsParameters] TaskCall call) => call.Run(id, (c, a, ct) => c.ReleaseAsync(a, id, ct)))
            .WithSummary("Gives a claimed task back to everyone of its role and scope.");
        tasks.MapPost("/{id}/complete", (string id, CompleteRequest request, [AsParameters] TaskCall call) => call.Run(id, (c, a, ct) => c.CompleteAsync(a, id, request, ct)))
            .WithSummary("Completes the task by an outcome it offers, with the form's data: the case moves on in the same transaction.");
        tasks.MapPost("/{id}/comments", (string id, CommentRequest request, [AsParameters] TaskCall call) => call.Run(id, (c, a, ct) => c.CommentAsync(a, id, request, ct)))
            .WithSummary("Adds a comment to the task's history.");
        tasks.MapPost("/{id}/delegate", (string id, UserNameRequest request, [AsParameters] TaskCall call) => call.Run(id, (c, a, ct) => c.DelegateAsync(a, id, request, ct)))
            .WithSummary("Hands the task to a colleague to work on; they resolve it back and the owner completes it.");
        tasks.MapPost("/{id}/resolve", (string id, [AsParameters] TaskCall call) => call.Run(id, (c, a, ct) => c.ResolveAsync(a, id, ct)))
            .WithSummary("The delegate hands the task back to its owner.");
        tasks.MapPost("/{id}/reassign", (string id, UserNameRequest request, [AsParameters] TaskCall call) => call.Run(id, (c, a, ct) => c.ReassignAsync(a, id, request, ct)))
            .WithSummary("Gives the task to another official of its role and scope (by a holder of them, or an administrator).");
        tasks.MapPatch("/{id}", (string id, TaskPatch patch, [AsParameters] TaskCall call) => call.Run(id, (c, a, ct) => c.PatchAsync(a, id, patch, ct)))
            .WithSummary("Changes the task's priority or follow-up date.");
        return tasks;
    }

    private static async Task<Results<Ok<TaskDetails>, ProblemHttpResult>> Details(
        string id, ClaimsPrincipal user, AccessResolver resolver, TaskReader reader, CancellationToken cancellationToken)
    {
        var access = await resolver.ForAsync(user, cancellationToken);
        return await reader.DetailsAsync(access, id, cancellationToken) is { } details
            ? TypedResults.Ok(details)
            : TaskProblem.NotFound(id).ToResult();
    }
}

/// <summary>What every task command needs from the request: who asks, and the services that answer.</summary>
internal readonly record struct TaskCall(ClaimsPrincipal User, AccessResolver Resolver, TaskCommands Commands, TaskReader Reader, CancellationToken Cancellation)
{
    /// <summary>Runs <paramref name="command"/> for the caller; answers the task as it is now, or the command's problem.</summary>
    public async Task<Results<Ok<TaskSummary>, ProblemHttpResult>> Run(string id, Func<TaskCommands, Access.Access, CancellationToken, Task<TaskProblem?>> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var access = await Resolver.ForAsync(User, Cancellation);
        if (await command(Commands, access, Cancellation) is { } problem)
            return problem.ToResult();
        return await Reader.AfterChangeAsync(id, Cancellation) is { } summary
            ? TypedResults.Ok(summary)
            : TaskProblem.NotFound(id).ToResult();
    }
}
