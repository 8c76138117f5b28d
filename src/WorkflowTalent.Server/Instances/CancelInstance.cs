using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowTalent.Server.Engine;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Instances;

internal static class CancelInstance
{
    public static RouteGroupBuilder MapCancelInstance(this RouteGroupBuilder administration)
    {
        administration.MapPost("/{id}/cancel", CancelAsync)
            .WithSummary("Administrators: ends a waiting case as cancelled; its open tasks, timers and waits are cancelled with it.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return administration;
    }

    private static async Task<Results<Ok<InstanceDetails>, ProblemHttpResult>> CancelAsync(
        string id, CancelInstanceRequest request, ClaimsPrincipal user, WorkflowSteps steps, InstanceReader reader, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Reason))
            return InstanceProblems.Invalid([new("reason", "is required: the journal and the cancelled tasks say why")]);
        // The journal has no "by" for an instance's end, so the administrator's name goes with the reason.
        var reason = $"{request.Reason.Trim()} (cancelled by {Caller.From(user).UserName})";
        steps.Run(host => host.Cancel(id, reason)); // an unknown or ended case is refused: 404 or 409
        return TypedResults.Ok(await reader.ChangedAsync(user, id, cancellationToken));
    }
}
