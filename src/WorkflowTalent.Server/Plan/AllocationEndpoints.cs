using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Plan.Batches;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Plan;

/// <summary>
/// <c>/api/plan/batches/{year}/allocations</c>: the quota split among counties (R3.4, R15.2), versioned; the latest
/// version is in force. Every official reads the lines: quotas are public within the plan.
/// </summary>
internal static class AllocationEndpoints
{
    public static RouteGroupBuilder MapAllocationEndpoints(this RouteGroupBuilder plan)
    {
        var allocations = plan.MapGroup("/batches/{year:int}/allocations");
        allocations.MapGet("/", async Task<Results<Ok<IReadOnlyList<AllocationVersionView>>, ProblemHttpResult>> (
                int year, WorkflowDbContext db, QuotaAllocations quotas, CancellationToken cancellationToken) =>
                await db.PlanBatches.AnyAsync(b => b.Year == year, cancellationToken)
                    ? TypedResults.Ok(await quotas.VersionsAsync(year, cancellationToken))
                    : PlanProblems.NoBatch(year))
            .WithSummary("The batch's allocation versions, newest (the one in force) first.");
        allocations.MapGet("/current", async Task<Results<Ok<AllocationView>, ProblemHttpResult>> (int year, QuotaAllocations quotas, CancellationToken cancellationToken) =>
                await quotas.FindAsync(year, null, cancellationToken) is { } allocation
                    ? TypedResults.Ok(allocation)
                    : PlanProblems.NotFound($"{year} 年批次尚无名额分配。The {year} batch has no allocation yet."))
            .WithSummary("The allocation in force: a line per county with every component and its explanation (R3.4, R15.2).");
        allocations.MapGet("/{version:int}", async Task<Results<Ok<AllocationView>, ProblemHttpResult>> (int year, int version, QuotaAllocations quotas, CancellationToken cancellationToken) =>
                await quotas.FindAsync(year, version, cancellationToken) is { } allocation
                    ? TypedResults.Ok(allocation)
                    : PlanProblems.NotFound($"{year} 年批次没有第 {version} 版名额分配。The {year} batch has no allocation version {version}."))
            .WithSummary("One allocation version with its lines.");
        allocations.MapPost("/", ComputeAsync).RequireAuthorization(PlanModule.Managers)
            .WithSummary("Computes a new version from the settings in force and last year's cancellations (R15.2); it is in force from now on.");
        return plan;
    }

    private static async Task<Results<Created<AllocationView>, ProblemHttpResult>> ComputeAsync(
        int year, ClaimsPrincipal user, WorkflowDbContext db, QuotaAllocations quotas, CancellationToken cancellationToken)
    {
        if (await db.PlanBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Year == year, cancellationToken) is not { } batch)
            return PlanProblems.NoBatch(year);
        // R6.1: counties recommend against the quota while the batch plans and recruits; once training began it is history.
        if (batch.State is not (BatchState.Planning or BatchState.Recruiting))
            return PlanProblems.Conflict(
                $"{year} 年批次处于「{batch.State.NameZh()}」阶段，名额不能再分配（R6.1）。The {year} batch is {batch.State.NameEn()}; its quota can no longer change (R6.1).",
                new Dictionary<string, object?> { ["ruleId"] = "R6.1", ["state"] = batch.State.ToString() });

        return await quotas.ComputeAsync(batch, Caller.From(user).UserName, cancellationToken) is { } allocation
            ? TypedResults.Created($"/api/plan/batches/{year}/allocations/{allocation.Version}", allocation)
            : PlanProblems.Conflict($"{year} 年批次的名额刚被他人重新分配，请刷新后重试。The {year} batch's quota was just computed by someone else; reload and try again.");
    }
}
