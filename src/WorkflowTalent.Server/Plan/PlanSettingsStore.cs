using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan.Settings;

namespace WorkflowTalent.Server.Plan;

/// <summary>The settings row and its history: every save is a new revision, kept with who made it and when.</summary>
internal sealed class PlanSettingsStore(WorkflowDbContext db, TimeProvider clock)
{
    public async Task<PlanSettingsView> CurrentAsync(CancellationToken cancellationToken)
    {
        var row = await db.PlanSettings.AsNoTracking().SingleAsync(s => s.Id == PlanSettingsRecord.CurrentId, cancellationToken);
        return new PlanSettingsView(Read(row.Json), row.Revision, row.UpdatedAt, row.UpdatedBy);
    }

    public async Task<IReadOnlyList<PlanSettingsView>> HistoryAsync(CancellationToken cancellationToken)
    {
        var rows = await db.PlanSettingsHistory.AsNoTracking().OrderByDescending(h => h.Revision).ToListAsync(cancellationToken);
        return [.. rows.Select(h => new PlanSettingsView(Read(h.Json), h.Revision, h.ChangedAt, h.ChangedBy))];
    }

    /// <summary>
    /// Saves the settings as the next revision if <paramref name="expectedRevision"/> is still current; otherwise
    /// returns null and stores nothing (someone saved in between).
    /// </summary>
    public async Task<PlanSettingsView?> SaveAsync(PlanSettings settings, int expectedRevision, string by, CancellationToken cancellationToken)
    {
        var row = await db.PlanSettings.SingleAsync(s => s.Id == PlanSettingsRecord.CurrentId, cancellationToken);
        if (row.Revision != expectedRevision)
            return null;
        var json = Write(settings);
        var now = clock.GetUtcNow();
        row.Json = json;
        row.Revision++;
        row.UpdatedAt = now;
        row.UpdatedBy = by;
        db.PlanSettingsHistory.Add(new PlanSettingsChangeRecord { Revision = row.Revision, Json = json, ChangedAt = now, ChangedBy = by });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The row's revision moved between the read and the write: another save won.
            return null;
        }

        return new PlanSettingsView(settings, row.Revision, now, by);
    }

    public static PlanSettings Read(string json) => JsonSerializer.Deserialize<PlanSettings>(json, PlanJson.Options)!;

    public static string Write(PlanSettings settings) => JsonSerializer.Serialize(settings, PlanJson.Options);
}
