using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan.Eligibility;
using WorkflowTalent.Plan.Grades;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Applications;

/// <summary>Reads applications within what the caller may see (<see cref="ApplicationVisibility"/>), with places by name.</summary>
internal sealed class ApplicationReader(WorkflowDbContext db)
{
    public async Task<IReadOnlyList<ApplicationView>> ListAsync(Caller caller, int year, CancellationToken cancellationToken)
    {
        var rows = await ApplicationVisibility.Visible(db, caller)
            .Where(a => a.BatchYear == year)
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return await ViewsAsync(rows, cancellationToken);
    }

    /// <summary>The application, or null when there is none or the caller may not see it (the same answer: 404).</summary>
    public async Task<ApplicationView?> FindAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var row = await ApplicationVisibility.Visible(db, caller).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return row is null ? null : (await ViewsAsync([row], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<ApplicationView>> ViewsAsync(IReadOnlyList<ApplicationRecord> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
            return [];
        // The reference tables are small (nine counties, a few dozen units): one read each beats a join per name.
        var counties = await db.PlanCounties.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var townships = await db.PlanTownships.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var units = await db.PlanReceivingUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var departments = await db.PlanUnitDepartments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var mentors = await db.PlanMentors.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var originalIds = rows.Where(r => r.OriginalUnitId is not null).Select(r => r.OriginalUnitId!.Value).Distinct().ToList();
        var originals = await db.PlanOriginalUnits.AsNoTracking().Where(o => originalIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var fields = await db.PlanFields.AsNoTracking().ToDictionaryAsync(f => f.Code, f => f.NameZh, StringComparer.Ordinal, cancellationToken);

        static string? Name<TKey>(Dictionary<TKey, string> names, TKey? id) where TKey : struct => id is { } key ? names.GetValueOrDefault(key) : null;

        return [.. rows.Select(a => new ApplicationView(
            a.Id,
            a.BatchYear,
            a.Status.ToString(),
            a.StatusChangedAt,
            a.TraineeName,
            a.TraineeUserName,
            a.Gender?.NameZh(),
            a.BirthDate,
            a.Education.NameZh(),
            a.Title,
            fields.GetValueOrDefault(a.FieldCode) ?? a.FieldCode,
            counties.GetValueOrDefault(a.CountyId) ?? "",
            Name(townships, a.TownshipId),
            Name(originals, a.OriginalUnitId),
            a.Ethnicity,
            a.IsPartyMember,
            Name(units, a.RequestedReceivingUnitId),
            a.SelectionInstanceId,
            Name(units, a.ReceivingUnitId),
            Name(departments, a.UnitDepartmentId),
            Name(mentors, a.MentorId),
            a.ResearchTopic,
            a.Grade?.NameZh(),
            a.ExtendedFromId,
            a.CreatedAt,
            a.CreatedBy))];
    }
}
