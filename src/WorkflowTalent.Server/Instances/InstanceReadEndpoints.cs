using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Workflows.Runtime;
using ValidationProblem = WorkflowTalent.Workflows.Validation.ValidationProblem;

namespace WorkflowTalent.Server.Instances;

internal static class InstanceReadEndpoints
{
    private const int MaxPageSize = 100;

    public static RouteGroupBuilder MapInstanceReads(this RouteGroupBuilder instances)
    {
        instances.MapGet("/", ListAsync)
            .WithSummary("The cases the caller may see (administrators: all), newest first, filtered by definition, version, status and correlation id.");
        instances.MapGet("/{id}", GetAsync)
            .WithSummary("One case: variables, output, fault and open tasks; 404 when the caller may not see it.");
        instances.MapGet("/{id}/journal", JournalAsync)
            .WithSummary("The case's journal, oldest entry first, each as the engine wrote it.");
        return instances;
    }

    private static async Task<Results<Ok<InstancePage>, ProblemHttpResult>> ListAsync(
        ClaimsPrincipal user, InstanceReader reader, CancellationToken cancellationToken,
        string? definitionId = null, int? version = null, string? status = null, string? correlationId = null, int page = 1, int pageSize = 20)
    {
        var problems = new List<ValidationProblem>();
        WorkflowStatus? wanted = null;
        if (status is not null)
        {
            // Names only, whatever their case: a number would tie clients to the enum's order.
            if (Enum.GetNames<WorkflowStatus>().FirstOrDefault(n => n.Equals(status, StringComparison.OrdinalIgnoreCase)) is { } name)
                wanted = Enum.Parse<WorkflowStatus>(name);
            else
                problems.Add(new("status", $"is not one of {string.Join(", ", Enum.GetNames<WorkflowStatus>())}"));
        }

        if (page < 1)
            problems.Add(new("page", "counts from 1"));
        if (pageSize is < 1 or > MaxPageSize)
            problems.Add(new("pageSize", $"is between 1 and {MaxPageSize}"));
        if (problems.Count > 0)
            return InstanceProblems.Invalid(problems);

        var query = await reader.VisibleAsync(user, cancellationToken);
        if (definitionId is not null)
            query = query.Where(i => i.DefinitionId == definitionId);
        if (version is { } v)
            query = query.Where(i => i.DefinitionVersion == v);
        if (wanted is { } s)
            query = query.Where(i => i.Status == s);
        if (correlationId is not null)
            query = query.Where(i => i.CorrelationId == correlationId);

        var total = await query.CountAsync(cancellationToken);
        // Instance ids are time-ordered (UUID v7), so they order cases started within the same clock tick.
        var rows = await query.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new InstancePage([.. rows.Select(InstanceSummary.From)], total, page, pageSize));
    }

    private static async Task<Results<Ok<InstanceDetails>, ProblemHttpResult>> GetAsync(
        string id, ClaimsPrincipal user, InstanceReader reader, CancellationToken cancellationToken)
    {
        var details = await reader.DetailsAsync(user, id, cancellationToken);
        return details is null ? InstanceProblems.NoInstance(id) : TypedResults.Ok(details);
    }

    private static async Task<Results<Ok<List<JsonObject>>, ProblemHttpResult>> JournalAsync(
        string id, ClaimsPrincipal user, InstanceReader reader, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var visible = await reader.VisibleAsync(user, cancellationToken);
        if (!await visible.AnyAsync(i => i.Id == id, cancellationToken))
            return InstanceProblems.NoInstance(id);
        var lines = await db.Journal.AsNoTracking()
            .Where(j => j.InstanceId == id)
            .OrderBy(j => j.Sequence)
            .Select(j => j.EntryJson)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(lines.Select(line => JsonNode.Parse(line)!.AsObject()).ToList());
    }
}
