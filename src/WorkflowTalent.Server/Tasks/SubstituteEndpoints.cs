using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Users;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Tasks;

/// <summary>
/// <c>/api/substitutes</c>: an official who will be away names a colleague of the same role and scope, who meanwhile
/// sees and acts on the official's tasks (Access reads these rows on every request).
/// </summary>
public static class SubstituteEndpoints
{
    public static IEndpointRouteBuilder MapSubstituteEndpoints(this IEndpointRouteBuilder app)
    {
        var substitutes = app.MapGroup("/api/substitutes").WithTags("Tasks");
        substitutes.MapGet("/", List).WithSummary("The caller's substitutes, and the officials the caller stands in for.");
        substitutes.MapGet("/candidates", CandidatesAsync).WithSummary("The colleagues who may stand in for the caller: the same roles within the same scope.");
        substitutes.MapPost("/", Create).WithSummary("Names a colleague of the same role and scope to act on the caller's tasks from 'from' to 'to'.");
        substitutes.MapDelete("/{id}", Delete).WithSummary("Withdraws one of the caller's substitutes.");
        return app;
    }

    private static async Task<Ok<List<Substitute>>> List(ClaimsPrincipal user, WorkflowDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var me = Caller.From(user).UserName;
        var now = clock.GetUtcNow();
        var rows = await db.Substitutes.AsNoTracking()
            .Where(s => s.UserName == me || s.SubstituteUserName == me)
            .OrderBy(s => s.From).ThenBy(s => s.Id)
            .Select(s => new Substitute(s.Id, s.UserName, s.SubstituteUserName, s.From, s.To, s.From <= now && s.To > now))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows);
    }

    private static async Task<Ok<List<EligibleOfficialsEndpoint.EligibleOfficial>>> CandidatesAsync(ClaimsPrincipal user, Officials officials)
    {
        var caller = Caller.From(user);
        var needed = caller.Roles.Where(r => r != WorkflowRoles.Administrator).ToList();
        var colleagues = new List<EligibleOfficialsEndpoint.EligibleOfficial>();
        if (needed.Count == 0)
            return TypedResults.Ok(colleagues);
        foreach (var holder in await officials.HoldersAsync(needed[0], caller.Scope))
        {
            if (holder.UserName is { } name && name != caller.UserName && await HoldsSameAsync(officials, holder, caller))
                colleagues.Add(new(name, holder.DisplayName));
        }
        return TypedResults.Ok(colleagues);
    }

    private static async Task<Results<Created<Substitute>, ProblemHttpResult>> Create(
        SubstituteRequest request, ClaimsPrincipal user, WorkflowDbContext db, Officials officials, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        if (request.To <= request.From)
            return TaskProblem.Invalid("结束时间须晚于开始时间。'to' must be after 'from'.").ToResult();
        if (await officials.FindAsync(request.SubstituteUserName) is not { UserName: { } name } substitute)
            return TaskProblem.Invalid($"没有用户“{request.SubstituteUserName}”。There is no user {request.SubstituteUserName}.").ToResult();
        if (name == caller.UserName)
            return TaskProblem.Invalid("不能指定本人为代理人。An official cannot stand in for themselves.").ToResult();
        if (!await HoldsSameAsync(officials, substitute, caller))
            return TaskProblem.Invalid($"代理人须与您角色和范围相同。{name} must hold your roles within your scope ({caller.Scope ?? "city-wide"}).").ToResult();

        var record = new SubstituteRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            UserName = caller.UserName,
            SubstituteUserName = name,
            From = request.From,
            To = request.To,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Substitutes.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return TypedResults.Created($"/api/substitutes/{record.Id}",
            new Substitute(record.Id, record.UserName, record.SubstituteUserName, record.From, record.To, record.From <= now && record.To > now));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(string id, ClaimsPrincipal user, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var me = Caller.From(user).UserName;
        var deleted = await db.Substitutes.Where(s => s.Id == id && s.UserName == me).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0
            ? TypedResults.Problem(detail: $"没有此代理设置。There is no substitute {id} of yours.", statusCode: StatusCodes.Status404NotFound, title: "Not found")
            : TypedResults.NoContent();
    }

    // Same scope, and every role of the absent official (an administrator role aside): the substitute acts in them.
    private static async Task<bool> HoldsSameAsync(Officials officials, WorkflowUser substitute, Caller caller)
    {
        if (!string.Equals(substitute.Scope, caller.Scope, StringComparison.Ordinal))
            return false;
        var roles = await officials.RolesAsync(substitute);
        var needed = caller.Roles.Where(r => r != WorkflowRoles.Administrator).ToList();
        return needed.Count > 0 && needed.All(r => roles.Contains(r, StringComparer.Ordinal));
    }
}
