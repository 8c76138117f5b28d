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
        tasks.MapPost("/{id}/claim", (string id, ClaimsPrincipal user, AccessResolver resolver, TaskCommands commands, TaskReader reader, CancellationToken ct) =>
                Act(id, user, resolver, reader, access => commands.ClaimAsync(access, id, ct), ct))
            .WithSummary("Takes the task: it is the caller's until released; 409 when someone else holds it.");
        tasks.MapPost("/{id}/release", (string id, ClaimsPrincipal user, AccessResolver resolver, TaskCommands commands, TaskReader reader, CancellationToken ct) =>
                Act(id, user, resolver, reader, access => commands.ReleaseAsync(access, id, ct), ct))
            .WithSummary("Gives a claimed task back to everyone of its role and scope.");
        tasks.MapPost("/{id}/complete", (string id, CompleteRequest request, ClaimsPrincipal user, AccessResolver resolver, TaskCommands commands, TaskReader reader, CancellationToken ct) =>
                Act(id, user, resolver, reader, access => commands.CompleteAsync(access, id, request, ct), ct))
            .WithSummary("Completes the task by an outcome it offers, with the form's data: the case moves on in the same transaction.");
        tasks.MapPost("/{id}/comments", (string id, CommentRequest request, ClaimsPrincipal user, AccessResolver resolver, TaskCommands commands, TaskReader reader, CancellationToken ct) =>
                Act(id, user, resolver, reader, access => commands.CommentAsync(access, id, request, ct), ct))
            .WithSummary("Adds a comment to the task's history.");
        tasks.MapPost("/{id}/delegate", (string id, UserNameRequest request, ClaimsPrincipal user, AccessResolver resolver, TaskCommands commands, TaskReader reader, CancellationToken ct) =>
                Act(id, user, resolver, reader, access => commands.DelegateAsync(access, id, request, ct), ct))
            .WithSummary("Hands the task to a colleague to work on; they resolve it back and the owner completes it.");
        tasks.MapPost("/{id}/resolve", (string id, ClaimsPrincipal user, AccessResolver resolver, TaskCommands commands, TaskReader reader, CancellationToken ct) =>
                Act(id, user, resolver, reader, access => commands.ResolveAsync(access, id, ct), ct))
            .WithSummary("The delegate hands the task back to its owner.");
        tasks.MapPost("/{id}/reassign", (string id, UserNameRequest request, ClaimsPrincipal user, AccessResolver resolver, TaskCommands commands, TaskReader reader, CancellationToken ct) =>
                Act(id, user, resolver, reader, access => commands.ReassignAsync(access, id, request, ct), ct))
            .WithSummary("Gives the task to another official of its role and scope (by a holder of them, or an administrator).");
        tasks.MapPatch("/{id}", (string id, TaskPatch patch, ClaimsPrincipal user, AccessResolver resolver, TaskCommands commands, TaskReader reader, CancellationToken ct) =>
                Act(id, user, resolver, reader, access => commands.PatchAsync(access, id, patch, ct), ct))
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

    private static async Task<Results<Ok<TaskSummary>, ProblemHttpResult>> Act(
        string id, ClaimsPrincipal user, AccessResolver resolver, TaskReader reader, Func<Access.Access, Task<TaskProblem?>> command, CancellationToken cancellationToken)
    {
        var access = await resolver.ForAsync(user, cancellationToken);
        if (await command(access) is { } problem)
            return problem.ToResult();
        return await reader.AfterChangeAsync(id, cancellationToken) is { } summary
            ? TypedResults.Ok(summary)
            : TaskProblem.NotFound(id).ToResult();
    }
}
