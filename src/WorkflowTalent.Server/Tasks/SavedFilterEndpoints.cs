using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Tasks;

/// <summary><c>/api/tasks/filters</c>: the inbox queries an official keeps, and those colleagues share.</summary>
public static class SavedFilterEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapSavedFilterEndpoints(this RouteGroupBuilder tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        tasks.MapGet("/filters", List).WithSummary("The caller's saved inbox filters and those shared with their role and scope.");
        tasks.MapPost("/filters", Save).WithSummary("Saves an inbox query by name; shared: true shows it to everyone of the same role and scope.");
        tasks.MapDelete("/filters/{id}", Delete).WithSummary("Deletes one of the caller's saved filters.");
        return tasks;
    }

    /// <summary>The filters a caller may use: their own, and the shared ones of a role they hold within their scope.</summary>
    public static IQueryable<SavedFilterRecord> Visible(IQueryable<SavedFilterRecord> filters, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var roles = caller.Roles.ToList();
        var scope = caller.Scope;
        var me = caller.UserName;
        return filters.Where(f => f.Owner == me || (f.Shared && roles.Contains(f.Role) && f.Scope == scope));
    }

    public static InboxQuery QueryOf(SavedFilterRecord filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return JsonSerializer.Deserialize<InboxQuery>(filter.QueryJson, Json) ?? new InboxQuery();
    }

    private static async Task<Ok<List<SavedFilter>>> List(ClaimsPrincipal user, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var rows = await Visible(db.SavedFilters.AsNoTracking(), Caller.From(user)).OrderBy(f => f.Name).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(ToWire).ToList());
    }

    private static async Task<Results<Created<SavedFilter>, ValidationProblem, ProblemHttpResult>> Save(
        SaveFilterRequest request, ClaimsPrincipal user, WorkflowDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
            return TaskProblem.Invalid("筛选名称须为 1 至 200 字。A filter needs a name of 1 to 200 characters.").ToResult();
        var query = (request.Query ?? new InboxQuery()).Criteria();
        if (query.Problems() is { Count: > 0 } problems)
            return TypedResults.ValidationProblem(problems, title: "The inbox query is not valid");
        var role = request.Role ?? caller.Roles.Where(r => r != WorkflowRoles.Administrator).Order(StringComparer.Ordinal).FirstOrDefault() ?? WorkflowRoles.Administrator;
        if (!caller.IsInRole(role))
            return TaskProblem.Invalid($"您不具备角色“{role}”。You do not hold the role {role}.").ToResult();

        var record = new SavedFilterRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            Name = name,
            Owner = caller.UserName,
            Role = role,
            Scope = caller.Scope,
            Shared = request.Shared,
            QueryJson = JsonSerializer.Serialize(query, Json),
            CreatedAt = clock.GetUtcNow(),
        };
        db.SavedFilters.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/tasks/filters/{record.Id}", ToWire(record));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(string id, ClaimsPrincipal user, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var me = Caller.From(user).UserName;
        // Only the owner deletes a filter; to colleagues a shared filter is read-only.
        var deleted = await db.SavedFilters.Where(f => f.Id == id && f.Owner == me).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0
            ? TypedResults.Problem(detail: $"没有此筛选，或它不属于您。There is no filter {id} of yours.", statusCode: StatusCodes.Status404NotFound, title: "Not found")
            : TypedResults.NoContent();
    }

    private static SavedFilter ToWire(SavedFilterRecord f) => new(f.Id, f.Name, f.Owner, f.Role, f.Scope, f.Shared, QueryOf(f), f.CreatedAt);
}
