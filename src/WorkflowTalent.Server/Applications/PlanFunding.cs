using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan.Funding;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Applications;

/// <summary>
/// R11.1: the talent-fund entries of placed trainees, staged in the engine step that placed them. The amount and the
/// payee come from <see cref="FundingLedger"/>, which pays the receiving unit only, never the trainee, once per
/// trainee and batch.
/// </summary>
internal sealed class PlanFunding(WorkflowDbContext db)
{
    public void Pay(ApplicationRecord application, ReceivingUnitRecord unit, int? extendedFromYear, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(unit);
        var settings = PlanSettingsReader.Current(db);
        var year = application.BatchYear;
        var entries = db.PlanFundingEntries.Where(e => e.BatchYear == year)
            .Join(db.PlanReceivingUnits, e => e.ReceivingUnitId, u => u.Id, (e, u) => new { e.ApplicationId, Unit = u.Name, e.AmountYuan, e.Status, e.StatusDate, e.ExtendedFromYear })
            .ToList();
        // The stored entries keep no trainee name; the ledger needs it only for its messages.
        var ledger = new FundingLedger(year, settings.FundingPerTraineeYuan,
            [.. entries.Select(e => new FundingEntry(e.ApplicationId, e.ApplicationId, e.Unit, Payee.Unit(e.Unit), e.AmountYuan, e.Status, e.StatusDate, e.ExtendedFromYear))]);
        var placed = ledger.Place(application.Id, application.TraineeName, unit.Name, Payee.Unit(unit.Name));
        if (placed.Value?.EntryOf(application.Id) is not { } entry)
            throw new WorkflowRefusedException(string.Join("；", placed.Refusals.Select(r => r.Message.ZhCn)), RefusalReason.Conflict);

        db.PlanFundingEntries.Add(new FundingEntryRecord
        {
            BatchYear = year,
            ReceivingUnitId = unit.Id,
            ApplicationId = application.Id,
            AmountYuan = entry.AmountYuan,
            Status = FundingEntryStatus.Placed,
            ExtendedFromYear = extendedFromYear,
            CreatedAt = now,
            CreatedBy = by,
        });
    }

    /// <summary>R15.2, R16.2: the entry stays on the books, marked with the local date of the decision.</summary>
    public void Mark(ApplicationRecord application, FundingEntryStatus status, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(application);
        var entry = db.PlanFundingEntries.SingleOrDefault(e => e.BatchYear == application.BatchYear && e.ApplicationId == application.Id);
        if (entry is not { Status: FundingEntryStatus.Placed })
            return;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(PlanSettingsReader.Current(db).TimeZoneId);
        entry.Status = status;
        entry.StatusDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
    }
}
