using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan.Quotas;

namespace WorkflowTalent.Server.Plan;

/// <summary>
/// A batch's quota versions: each computed by <see cref="QuotaAllocator"/> from the settings in force, the counties
/// as they stand, and last year's cancellations (R15.2), and stored with every input so it can be checked later.
/// </summary>
internal sealed class QuotaAllocations(WorkflowDbContext db, PlanReference reference, PlanSettingsStore settings, TimeProvider clock)
{
    /// <summary>R15.2: the trainees of each county whose places were cancelled in the previous year's batch.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CancelledInPreviousBatchAsync(int year, CancellationToken cancellationToken)
    {
        var previous = year - 1;
        var counts = await db.PlanApplications.AsNoTracking()
            .Where(a => a.BatchYear == previous && a.Status == ApplicationStatus.Cancelled)
            .Join(db.PlanCounties, a => a.CountyId, c => c.Id, (a, c) => c.Name)
            .GroupBy(name => name)
            .Select(g => new { County = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.County, c => c.Count, StringComparer.Ordinal);
    }

    /// <summary>
    /// Computes and stores the next version for the batch; it is the one in force from now on. Null when another
    /// manager stored the same version number at the same moment.
    /// </summary>
    public async Task<AllocationView?> ComputeAsync(BatchRecord batch, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var weights = (await settings.CurrentAsync(cancellationToken)).Settings.Quota;
        var counties = await reference.CountiesAsync(cancellationToken);
        var cancelled = await CancelledInPreviousBatchAsync(batch.Year, cancellationToken);
        // The batch's own total: the places were fixed when it was opened (R3.1).
        var allocation = QuotaAllocator.Allocate(batch.TotalPlaces, counties, weights, cancelled);

        var version = await db.PlanQuotaAllocations.Where(a => a.BatchYear == batch.Year).MaxAsync(a => (int?)a.Version, cancellationToken) ?? 0;
        var record = new QuotaAllocationRecord
        {
            BatchYear = batch.Year,
            Version = version + 1,
            TotalPlaces = allocation.TotalPlaces,
            WeightsJson = JsonSerializer.Serialize(weights, PlanJson.Options),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = by,
            Lines = [.. allocation.Lines.Select((line, position) => ToRecord(line, allocation.Inputs[position], position))],
        };
        db.PlanQuotaAllocations.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (!await VersionTakenAsync(record.BatchYear, record.Version, cancellationToken))
                throw;
            return null;
        }

        return ToView(record, isCurrent: true);
    }

    public async Task<IReadOnlyList<AllocationVersionView>> VersionsAsync(int year, CancellationToken cancellationToken)
    {
        var rows = await db.PlanQuotaAllocations.AsNoTracking().Where(a => a.BatchYear == year).OrderByDescending(a => a.Version)
            .Select(a => new { a.Version, a.TotalPlaces, a.CreatedAt, a.CreatedBy })
            .ToListAsync(cancellationToken);
        return [.. rows.Select((r, i) => new AllocationVersionView(r.Version, i == 0, r.TotalPlaces, r.CreatedAt, r.CreatedBy))];
    }

    /// <summary>The given version, or the one in force (the latest) when <paramref name="version"/> is null.</summary>
    public async Task<AllocationView?> FindAsync(int year, int? version, CancellationToken cancellationToken)
    {
        var latest = await db.PlanQuotaAllocations.Where(a => a.BatchYear == year).MaxAsync(a => (int?)a.Version, cancellationToken);
        var wanted = version ?? latest;
        var record = await db.PlanQuotaAllocations.AsNoTracking().Include(a => a.Lines)
            .SingleOrDefaultAsync(a => a.BatchYear == year && a.Version == wanted, cancellationToken);
        return record is null ? null : ToView(record, record.Version == latest);
    }

    // The unique (batch, version) index refused the row; any other failure is a real fault and is not disguised.
    private async Task<bool> VersionTakenAsync(int year, int version, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.PlanQuotaAllocations.AnyAsync(a => a.BatchYear == year && a.Version == version, cancellationToken);
    }

    private static QuotaLineRecord ToRecord(QuotaLine line, QuotaInput input, int position) => new()
    {
        Position = position,
        County = line.County.Name,
        IsEthnicAutonomous = line.County.IsEthnicAutonomous,
        BaseWeight = input.BaseWeight,
        RemoteFigure = input.RemoteFigure,
        CancelledLastYear = line.CancelledLastYear,
        Base = Round(line.Base),
        EthnicTilt = Round(line.EthnicTilt),
        RemoteTilt = Round(line.RemoteTilt),
        CancellationPenalty = Round(line.CancellationPenalty),
        Redistributed = Round(line.Redistributed),
        Exact = Round(line.Exact),
        Places = line.Places,
        ExplanationZh = line.Explanation.ZhCn,
        ExplanationEn = line.Explanation.En,
    };

    // The columns keep six decimals; the places themselves are whole and exact.
    private static decimal Round(decimal value) => Math.Round(value, 6, MidpointRounding.AwayFromZero);

    private static AllocationView ToView(QuotaAllocationRecord record, bool isCurrent) => new(
        record.BatchYear,
        record.Version,
        isCurrent,
        record.TotalPlaces,
        JsonSerializer.Deserialize<QuotaWeights>(record.WeightsJson, PlanJson.Options)!,
        [.. record.Lines.OrderBy(l => l.Position).Select(l => new AllocationLineView(
            l.County, l.IsEthnicAutonomous, l.BaseWeight, l.RemoteFigure, l.CancelledLastYear, l.Base, l.EthnicTilt, l.RemoteTilt,
            l.CancellationPenalty, l.Redistributed, l.Exact, l.Places, l.ExplanationZh, l.ExplanationEn))],
        record.CreatedAt,
        record.CreatedBy);
}
