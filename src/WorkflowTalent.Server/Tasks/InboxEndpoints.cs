using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Server.Access;

namespace WorkflowTalent.Server.Tasks;

/// <summary><c>GET /api/tasks</c>: the caller's inbox.</summary>
public static class InboxEndpoints
{
    public static RouteGroupBuilder MapInboxEndpoints(this RouteGroupBuilder tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        tasks.MapGet("/", Read)
            .WithSummary("The caller's inbox: the tasks they may see, filtered, sorted and paged; filterId applies a saved filter.");
        return tasks;
    }

    private static async Task<Results<Ok<InboxPage>, ValidationProblem, ProblemHttpResult>> Read(
        [AsParameters] InboxQuery query, ClaimsPrincipal user, AccessResolver resolver, Inbox inbox, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var access = await resolver.ForAsync(user, cancellationToken);
        if (query.FilterId is { Length: > 0 } filterId)
        {
            var saved = await SavedFilterEndpoints.Visible(db.SavedFilters.AsNoTracking(), access.Caller).FirstOrDefaultAsync(f => f.Id == filterId, cancellationToken);
            if (saved is null)
                return TypedResults.Problem(detail: $"没有此筛选，或您无权使用。There is no filter {filterId} you may use.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
            // What the request says wins over what the filter saved.
            query = query.Over(SavedFilterEndpoints.QueryOf(saved));
        }

        if (query.Problems() is { Count: > 0 } problems)
            return TypedResults.ValidationProblem(problems, title: "The inbox query is not valid");
        return TypedResults.Ok(await inbox.ReadAsync(access, query, cancellationToken));
    }
}
