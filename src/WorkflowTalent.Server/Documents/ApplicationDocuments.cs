using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Plan;

namespace WorkflowTalent.Server.Documents;

/// <summary>Reads applications for the documents, each with its county, township, units, department and mentor.</summary>
internal sealed class ApplicationDocuments(WorkflowDbContext db)
{
    /// <summary>R6.4: the statuses of trainees who were placed and stay on the list (a cancelled place leaves it, R15.2).</summary>
    private static readonly ApplicationStatus[] OnFinalList = [ApplicationStatus.Placed, ApplicationStatus.Extended, ApplicationStatus.Completed];

    public async Task<ApplicationDocument?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var applications = await db.PlanApplications.AsNoTracking().Where(a => a.Id == id).ToListAsync(cancellationToken);
        return (await DescribeAsync(applications, cancellationToken)).SingleOrDefault();
    }

    /// <summary>
    /// R6.1, R3.4: the candidates a county recommended in a batch, in the order they were registered: all but the
    /// rejected, and not a trainee who joined by extension (R16.2), as they count against its places.
    /// </summary>
    public async Task<IReadOnlyList<ApplicationDocument>> OfCountyAsync(int year, int countyId, CancellationToken cancellationToken)
    {
        var applications = await db.PlanApplications.AsNoTracking()
            .Where(a => a.BatchYear == year && a.CountyId == countyId && a.Status != ApplicationStatus.Rejected && a.ExtendedFromId == null)
            .ToListAsync(cancellationToken);
        return await DescribeAsync(applications, cancellationToken);
    }

    /// <summary>R6.4: the batch's placed trainees, by county and name.</summary>
    public async Task<IReadOnlyList<ApplicationDocument>> PlacedAsync(int year, CancellationToken cancellationToken)
    {
        var applications = await db.PlanApplications.AsNoTracking()
            .Where(a => a.BatchYear == year && OnFinalList.Contains(a.Status) && a.ReceivingUnitId != null)
            .ToListAsync(cancellationToken);
        var described = await DescribeAsync(applications, cancellationToken);
        return [.. described.Where(d => d.IsPlaced).OrderBy(d => d.County.Position).ThenBy(d => d.Application.TraineeName, StringComparer.Ordinal)];
    }

    /// <summary>The fields the competent department named by <paramref name="scope"/> organises (R2.1); none for any other scope.</summary>
    public async Task<IReadOnlyCollection<string>> FieldsOfDepartmentAsync(string? scope, CancellationToken cancellationToken) =>
        scope is null
            ? []
            : await db.PlanCompetentDepartments.AsNoTracking()
                .Where(d => d.Name == scope && d.FieldCode != null).Select(d => d.FieldCode!).ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<ApplicationDocument>> DescribeAsync(List<ApplicationRecord> applications, CancellationToken cancellationToken)
    {
        if (applications.Count == 0)
            return [];
        var countyIds = applications.Select(a => a.CountyId).Distinct().ToList();
        var townshipIds = applications.Where(a => a.TownshipId != null).Select(a => a.TownshipId!.Value).Distinct().ToList();
        var originalIds = applications.Where(a => a.OriginalUnitId != null).Select(a => a.OriginalUnitId!.Value).Distinct().ToList();
        var departmentIds = applications.Where(a => a.UnitDepartmentId != null).Select(a => a.UnitDepartmentId!.Value).Distinct().ToList();
        var mentorIds = applications.Where(a => a.MentorId != null).Select(a => a.MentorId!.Value).Distinct().ToList();

        var counties = await db.PlanCounties.AsNoTracking().Where(c => countyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var townships = await db.PlanTownships.AsNoTracking().Where(t => townshipIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var originals = await db.PlanOriginalUnits.AsNoTracking().Where(u => originalIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        // A few dozen units in all: read them whole rather than by two id lists.
        var units = await db.PlanReceivingUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken);
        var departments = await db.PlanUnitDepartments.AsNoTracking().Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        var mentors = await db.PlanMentors.AsNoTracking().Where(m => mentorIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);

        return [.. applications
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.TraineeName, StringComparer.Ordinal)
            .Select(a => new ApplicationDocument(
                a,
                counties[a.CountyId],
                Find(townships, a.TownshipId),
                Find(originals, a.OriginalUnitId),
                Find(units, a.RequestedReceivingUnitId),
                Find(units, a.ReceivingUnitId),
                Find(departments, a.UnitDepartmentId),
                Find(mentors, a.MentorId)))];
    }

    private static T? Find<T>(Dictionary<int, T> rows, int? id)
        where T : class =>
        id is { } key && rows.TryGetValue(key, out var row) ? row : null;
}
