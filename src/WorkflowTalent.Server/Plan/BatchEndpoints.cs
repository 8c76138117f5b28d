using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Plan.Batches;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Plan;

/// <summary>
/// <c>/api/plan/batches</c>: one batch a year (R3.1), opened from the settings in force and moved through its
/// lifecycle (<see cref="BatchLifecycle"/>) by administrators and the Municipal Organisation Department.
/// </summary>
internal static class BatchEndpoints
{
    // Batch.Create refuses years past 9000; earlier than the rules' effective date is refused by R17.1.
    private const int LastYear = 9000;

    public static RouteGroupBuilder MapBatchEndpoints(this RouteGroupBuilder plan)
    {
        plan.MapGet("/batches", async (WorkflowDbContext db, CancellationToken cancellationToken) =>
                TypedResults.Ok((await db.PlanBatches.AsNoTracking().OrderByDescending(b => b.Year).ToListAsync(cancellationToken)).Select(BatchMapping.ToView).ToList()))
            .WithSummary("Every batch, newest first.");
        plan.MapGet("/batches/{year:int}", async Task<Results<Ok<BatchView>, ProblemHttpResult>> (int year, WorkflowDbContext db, CancellationToken cancellationToken) =>
                await db.PlanBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Year == year, cancellationToken) is { } batch
                    ? TypedResults.Ok(BatchMapping.ToView(batch))
                    : PlanProblems.NoBatch(year))
            .WithSummary("One batch with its dates and the states it may move to.");
        var managers = plan.MapGroup("/batches").RequireAuthorization(PlanModule.Managers);
        managers.MapPost("/", CreateAsync)
            .WithSummary("Opens the year's batch from the settings in force (R3.1 places, R3.3 months, R6.5 deadline); 409 if it exists, 422 before 2019 (R17.1).");
        managers.MapPost("/{year:int}/state", MoveAsync)
            .WithSummary("Moves the batch to the next state of its lifecycle; 409 with the allowed states otherwise.");
        return plan;
    }

    private static async Task<Results<Created<BatchView>, ProblemHttpResult>> CreateAsync(
        CreateBatchRequest request, ClaimsPrincipal user, WorkflowDbContext db, PlanSettingsStore settings, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.Year is not { } year || year > LastYear)
            return PlanProblems.Invalid("The batch is not valid", [new("year", $"年份须为不晚于 {LastYear} 的整数", $"is a year up to {LastYear}")]);
        if (await db.PlanBatches.AnyAsync(b => b.Year == year, cancellationToken))
            return PlanProblems.Conflict($"{year} 年批次已存在（R3.1 每年一批）。The {year} batch exists already (R3.1: one batch a year).");

        var current = (await settings.CurrentAsync(cancellationToken)).Settings;
        var created = Batch.Create(year, current, TimeZoneInfo.FindSystemTimeZoneById(current.TimeZoneId));
        if (created.Value is not { } batch)
            // R17.1's refusal is about the year asked for; any other names the setting it used.
            return PlanProblems.Invalid("The batch cannot be created",
                [.. created.Refusals.Select(r => new PlanProblem(r.RuleId == "R17.1" ? "year" : r.Setting ?? "", r.Message.ZhCn, r.Message.En, r.RuleId))]);

        var record = BatchMapping.ToRecord(batch, Caller.From(user).UserName, clock.GetUtcNow());
        db.PlanBatches.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two managers opened the same year at once; the other one's batch stands. Anything else is a real fault.
            if (!await ExistsElsewhereAsync(db, year, cancellationToken))
                throw;
            return PlanProblems.Conflict($"{year} 年批次已存在（R3.1 每年一批）。The {year} batch exists already (R3.1: one batch a year).");
        }

        return TypedResults.Created($"/api/plan/batches/{year}", BatchMapping.ToView(record));
    }

    private static async Task<Results<Ok<BatchView>, ProblemHttpResult>> MoveAsync(
        int year, MoveBatchRequest request, ClaimsPrincipal user, WorkflowDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.PlanBatches.SingleOrDefaultAsync(b => b.Year == year, cancellationToken) is not { } record)
            return PlanProblems.NoBatch(year);
        var allowed = BatchLifecycle.NextStates(record.State).Select(s => s.ToString()).ToList();
        if (!Enum.TryParse<BatchState>(request.State, ignoreCase: true, out var to) || !Enum.IsDefined(to) || int.TryParse(request.State, out _))
            return PlanProblems.Invalid("The state is not valid",
                [new("state", $"状态须为 {string.Join("、", Enum.GetNames<BatchState>())} 之一", $"is one of {string.Join(", ", Enum.GetNames<BatchState>())}")]);

        var moved = BatchLifecycle.Move(BatchMapping.ToBatch(record), to);
        if (moved.Value is not { } batch)
        {
            var refusal = moved.Refusals[0];
            return PlanProblems.Conflict($"{refusal.Message.ZhCn}。{refusal.Message.En}.",
                new Dictionary<string, object?> { ["ruleId"] = refusal.RuleId, ["state"] = record.State.ToString(), ["allowed"] = allowed });
        }

        record.State = batch.State;
        record.UpdatedAt = clock.GetUtcNow();
        record.UpdatedBy = Caller.From(user).UserName;
        record.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return PlanProblems.Conflict($"{year} 年批次刚被他人更改，请刷新后重试。The {year} batch was changed by someone else at the same moment; reload it and try again.");
        }

        return TypedResults.Ok(BatchMapping.ToView(record));
    }

    private static async Task<bool> ExistsElsewhereAsync(WorkflowDbContext db, int year, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.PlanBatches.AnyAsync(b => b.Year == year, cancellationToken);
    }
}
