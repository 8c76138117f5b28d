using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan;
using WorkflowTalent.Plan.Quotas;
using WorkflowTalent.Plan.ReferenceData;

namespace WorkflowTalent.Server.Applications;

/// <summary>
/// R3.4, R6.1: whether a county may register one more candidate in a batch under the allocation in force (the
/// latest version). A candidate counts against the quota from registration on, unless selection rejected them; a
/// trainee who joined the batch by extension (R16.2) was not recommended under R6.1 and does not count.
/// </summary>
internal sealed class CountyQuota(WorkflowDbContext db)
{
    public sealed record Verdict(bool HasAllocation, int Places, int Recommended, Refusal? Refusal);

    public async Task<Verdict> CheckOneMoreAsync(int year, CountyRecord county, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(county);
        var allocation = await db.PlanQuotaAllocations.AsNoTracking().Include(a => a.Lines)
            .Where(a => a.BatchYear == year).OrderByDescending(a => a.Version).FirstOrDefaultAsync(cancellationToken);
        if (allocation is null)
            return new Verdict(false, 0, 0, null);

        var registered = await db.PlanApplications.AsNoTracking()
            .CountAsync(a => a.BatchYear == year && a.CountyId == county.Id && a.Status != ApplicationStatus.Rejected && a.ExtendedFromId == null, cancellationToken);
        var recommended = registered + 1;
        var refusal = QuotaCheck.Check(ToDomain(allocation, county), county.Name, recommended);
        return new Verdict(true, allocation.Lines.FirstOrDefault(l => l.County == county.Name)?.Places ?? 0, recommended, refusal);
    }

    // The stored lines as the domain's allocation, enough for QuotaCheck: county, places, explanation.
    private static QuotaAllocation ToDomain(QuotaAllocationRecord record, CountyRecord county) =>
        new(record.TotalPlaces, new QuotaWeights(), [],
            [.. record.Lines.OrderBy(l => l.Position).Select(l => new QuotaLine(
                new County(l.County, l.County == county.Name ? county.EnglishName : l.County, l.IsEthnicAutonomous, []),
                l.Base, l.EthnicTilt, l.RemoteTilt, l.CancelledLastYear, l.CancellationPenalty, l.Redistributed, l.Exact, l.Places,
                new BilingualText(l.ExplanationZh, l.ExplanationEn)))]);
}
