using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan.Batches;
using WorkflowTalent.Plan.Eligibility;
using WorkflowTalent.Server.Engine;
using WorkflowTalent.Server.Identity;
using WorkflowTalent.Server.Plan;

namespace WorkflowTalent.Server.Applications;

/// <summary>
/// R6.1: a county registers a candidate. Every check runs before anything is written (a refusal stores nothing);
/// then the application and its plan instance (<see cref="ApplicationsOptions.PlanDefinitionId"/>) are written in
/// one engine step, correlated by the application's id.
/// </summary>
internal sealed class ApplicationRegistration(
    WorkflowDbContext db,
    CandidateReader candidates,
    CountyQuota quota,
    ApplicationParties parties,
    PlanSettingsStore settingsStore,
    WorkflowSteps steps,
    ApplicationReader reader,
    TimeProvider clock,
    IOptions<ApplicationsOptions> options)
{
    public async Task<Results<Created<ApplicationView>, ProblemHttpResult>> RegisterAsync(
        int year, RegisterApplicationRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        if (await db.PlanBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Year == year, cancellationToken) is not { } batch)
            return ApplicationProblems.NotFound($"没有 {year} 年批次。There is no {year} batch.");
        // R4.1, R6.1: a county Organisation Department recommends its own county's candidates; another county is not theirs to see.
        if (!caller.IsAdministrator && !string.Equals(request.County?.Trim(), caller.Scope, StringComparison.Ordinal))
            return ApplicationProblems.NotFound($"您不能为“{request.County}”登记候选人。There is no county '{request.County}' within your scope.");

        var (candidate, problems) = await candidates.ReadAsync(request, cancellationToken);
        if (candidate is null)
            return ApplicationProblems.Invalid(problems);

        // R6.1: counties recommend while the batch recruits.
        if (batch.State != BatchState.Recruiting)
            return ApplicationProblems.Conflict(
                $"{year} 年批次处于「{batch.State.NameZh()}」阶段，不接受推荐（R6.1）。The {year} batch is {batch.State.NameEn()}, not recruiting (R6.1).", "R6.1");

        var settings = (await settingsStore.CurrentAsync(cancellationToken)).Settings;
        // R5.1, R3.2: age on the batch's report-in deadline, education, field, employer level.
        var refusals = new EligibilityRules(settings).Check(candidate.Facts, batch.ReportInDeadline);
        if (refusals.Count > 0)
            return ApplicationProblems.Refused("候选人不符合推荐条件 The candidate is not eligible", refusals);

        // R3.4, R6.1: no more candidates than the county's places in the allocation in force.
        var verdict = await quota.CheckOneMoreAsync(year, candidate.County, cancellationToken);
        if (!verdict.HasAllocation)
            return ApplicationProblems.Conflict($"{year} 年批次尚未分配名额，暂不能推荐（R3.4）。The {year} batch has no quota allocation yet (R3.4).", "R3.4");
        if (verdict.Refusal is { } overQuota)
            return ApplicationProblems.Refused("超出本县（市、区）名额 The county's quota is full", [overQuota], extra: new Dictionary<string, object?>
            {
                ["county"] = candidate.County.Name,
                ["places"] = verdict.Places,
                ["recommended"] = verdict.Recommended,
            });

        var originalUnit = await OriginalUnitAsync(candidate, cancellationToken);
        var unit = candidate.RequestedReceivingUnit;
        var who = await parties.ResolveAsync(candidate.TraineeName, candidate.TraineeUserName, candidate.TraineeEmail, candidate.County.Name,
            candidate.Township?.Name, originalUnit.Name, unit.CompetentDepartment!.Name, receivingUnit: null, cancellationToken);
        var now = clock.GetUtcNow();
        var application = new ApplicationRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            BatchYear = year,
            CountyId = candidate.County.Id,
            TownshipId = candidate.Township?.Id,
            OriginalUnitId = originalUnit.Id,
            TraineeName = candidate.TraineeName,
            TraineeUserName = candidate.TraineeUserName,
            TraineeEmail = candidate.TraineeEmail,
            Gender = candidate.Gender,
            BirthDate = candidate.BirthDate,
            Education = candidate.Education,
            Title = candidate.Title,
            FieldCode = candidate.Field!.Code,
            Ethnicity = candidate.Ethnicity,
            IsPartyMember = candidate.IsPartyMember,
            RequestedReceivingUnitId = unit.Id,
            Status = ApplicationStatus.Applied,
            StatusChangedAt = now,
            CreatedAt = now,
            CreatedBy = caller.UserName,
        };
        var input = PlanInputs.Selection(who, application, candidate.Field.NameZh, unit.Name, batch, settings);
        steps.Run(
            host => host.Start(options.Value.PlanDefinitionId, input, application.Id),
            (started, store) =>
            {
                application.SelectionInstanceId = started.Instance.Id;
                store.Row(started.Instance.Id)!.StartedBy = caller.UserName;
                store.Db.PlanApplications.Add(application);
            });
        var view = (await reader.ViewsAsync([application], cancellationToken))[0];
        return TypedResults.Created($"/api/plan/applications/{application.Id}", view);
    }

    // R4.1: original units are created as applications name them; the same name in the same place is the same unit.
    // Written before the step: a unit named by a candidate whose start then failed is harmless reference data.
    private async Task<OriginalUnitRecord> OriginalUnitAsync(CandidateInput candidate, CancellationToken cancellationToken)
    {
        var countyId = candidate.County.Id;
        var townshipId = candidate.Township?.Id;
        // A unit is known by its name within its county (the table's unique key): its candidates may live in other townships.
        if (await db.PlanOriginalUnits.AsNoTracking()
                .FirstOrDefaultAsync(o => o.CountyId == countyId && o.Name == candidate.OriginalUnit, cancellationToken) is { } known)
            return known;
        var created = new OriginalUnitRecord { Name = candidate.OriginalUnit, CountyId = countyId, TownshipId = townshipId };
        db.PlanOriginalUnits.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(created).State = EntityState.Detached;
        return created;
    }
}
