using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Server.Access;

namespace WorkflowTalent.Server.Tasks;

/// <summary>
/// <c>GET /api/tasks/{id}/officials</c>: who may take the task over, for the task page's pickers. Only officials of
/// the task's role and scope (R2.1: each step belongs to them), which is what a reassignment accepts.
/// </summary>
public static class EligibleOfficialsEndpoint
{
    public sealed record EligibleOfficial(string UserName, string? DisplayName);

    public static RouteGroupBuilder MapEligibleOfficialsEndpoint(this RouteGroupBuilder tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        tasks.MapGet("/{id}/officials", ListAsync)
            .WithSummary("The officials who hold the task's role and scope (whom it may be reassigned to); 404 unless the caller may see the task.");
        return tasks;
    }

    private static async Task<Results<Ok<List<EligibleOfficial>>, ProblemHttpResult>> ListAsync(
        string id, ClaimsPrincipal user, AccessResolver resolver, WorkflowDbContext db, Officials officials, CancellationToken cancellationToken)
    {
        var access = await resolver.ForAsync(user, cancellationToken);
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null || !(access.CanSee(task) || access.Caller.IsAdministrator))
            return TaskProblem.NotFound(id).ToResult();
        var holders = await officials.HoldersAsync(task.Role, task.Scope);
        return TypedResults.Ok(holders.Where(u => u.UserName is not null).Select(u => new EligibleOfficial(u.UserName!, u.DisplayName)).ToList());
    }
}
