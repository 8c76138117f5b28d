using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan;
using WorkflowTalent.Plan.Quotas;
using WorkflowTalent.Server.Plan;

namespace WorkflowTalent.Server.Documents;

/// <summary>The stored allocation's line of a county, for the plan's own checks and the 汇总表's places.</summary>
internal static class QuotaLines
{
    public static int PlacesOf(QuotaAllocationRecord? allocation, string county) =>
        allocation?.Lines.FirstOrDefault(l => l.County == county)?.Places ?? 0;

    /// <summary>R3.4, R6.1: <see cref="QuotaCheck"/> on the county's stored line (no line: no places).</summary>
    public static Refusal? Check(QuotaAllocationRecord allocation, CountyRecord county, int recommended)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        ArgumentNullException.ThrowIfNull(county);
        var line = allocation.Lines.FirstOrDefault(l => l.County == county.Name);
        IReadOnlyList<QuotaLine> lines = line is null
            ? []
            : [new QuotaLine(PlanReference.ToCounty(county), line.Base, line.EthnicTilt, line.RemoteTilt, line.CancelledLastYear,
                line.CancellationPenalty, line.Redistributed, line.Exact, line.Places, new BilingualText(line.ExplanationZh, line.ExplanationEn))];
        return QuotaCheck.Check(new QuotaAllocation(allocation.TotalPlaces, new QuotaWeights(), [], lines), county.Name, recommended);
    }
}
