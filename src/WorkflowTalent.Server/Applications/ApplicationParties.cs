using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Plan;

namespace WorkflowTalent.Server.Applications;

/// <summary>Reads an application's <see cref="Parties"/>: the names from the reference data, the addresses from the officials.</summary>
internal sealed class ApplicationParties(WorkflowDbContext db, PartyAddresses addresses)
{
    /// <summary>
    /// The parties of a stored application. The competent department is the one of the unit the trainee is placed
    /// with, or before placement of the requested one (R2.1: each unit has its field's department); a field's first
    /// department when neither is known.
    /// </summary>
    public async Task<Parties> ForAsync(ApplicationRecord application, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        var county = await db.PlanCounties.AsNoTracking().Where(c => c.Id == application.CountyId).Select(c => c.Name).SingleAsync(cancellationToken);
        var township = application.TownshipId is { } townshipId
            ? await db.PlanTownships.AsNoTracking().Where(t => t.Id == townshipId).Select(t => t.Name).SingleAsync(cancellationToken)
            : null;
        var originalUnit = application.OriginalUnitId is { } originalId
            ? await db.PlanOriginalUnits.AsNoTracking().Where(o => o.Id == originalId).Select(o => o.Name).SingleAsync(cancellationToken)
            : null;
        var unitId = application.ReceivingUnitId ?? application.RequestedReceivingUnitId;
        var unit = unitId is { } id
            ? await db.PlanReceivingUnits.AsNoTracking().Include(u => u.CompetentDepartment).SingleAsync(u => u.Id == id, cancellationToken)
            : null;
        var department = unit?.CompetentDepartment?.Name
            ?? await db.PlanCompetentDepartments.AsNoTracking().Where(d => d.FieldCode == application.FieldCode)
                .OrderBy(d => d.Position).Select(d => d.Name).FirstAsync(cancellationToken);
        var placed = application.ReceivingUnitId is not null ? unit?.Name : null;
        return await ResolveAsync(application.TraineeName, application.TraineeUserName, application.TraineeEmail, county, township, originalUnit, department, placed, cancellationToken);
    }

    /// <summary>The parties of a candidate not yet stored, by name.</summary>
    public async Task<Parties> ResolveAsync(string traineeName, string? traineeUser, string? traineeEmail, string county, string? township,
        string? originalUnit, string competentDepartment, string? receivingUnit, CancellationToken cancellationToken) =>
        new(
            traineeName,
            traineeUser,
            await addresses.TraineeAsync(traineeEmail, traineeUser, county, cancellationToken),
            county,
            await addresses.CountyAsync(county, cancellationToken),
            township,
            originalUnit,
            await addresses.OriginalUnitAsync(originalUnit, county, cancellationToken),
            competentDepartment,
            await addresses.CompetentDepartmentAsync(competentDepartment, cancellationToken),
            await addresses.MunicipalAsync(cancellationToken),
            receivingUnit,
            receivingUnit is null ? null : await addresses.ReceivingUnitAsync(receivingUnit, cancellationToken),
            receivingUnit is null ? null : await addresses.ReceivingUnitHrAsync(receivingUnit, cancellationToken));
}
