using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Documents.FundingLedger;
using WorkflowTalent.Documents.Localization;
using WorkflowTalent.Documents.Terms;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan.Funding;
using WorkflowTalent.Server.Access;
using WorkflowTalent.Server.Identity;
using WorkflowTalent.Server.Plan;

namespace WorkflowTalent.Server.Documents;

/// <summary>R11.1: the batch's 经费台账, a line per funded trainee, grouped by the receiving unit paid.</summary>
internal static class FundingLedgerEndpoints
{
    public static RouteGroupBuilder MapFundingLedgerEndpoints(this RouteGroupBuilder plan)
    {
        plan.MapGet("/batches/{year:int}/funding-ledger.xlsx", DownloadAsync)
            .WithSummary("R11.1: the 经费台账 for the city, administrators and the finance bureau; a receiving unit sees the lines paid to it.");
        return plan;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        int year, HttpRequest request, ClaimsPrincipal user, WorkflowDbContext db, PlanSettingsStore settings, CancellationToken cancellationToken)
    {
        if (DocumentAccess.FundingLedgerLines(Caller.From(user)) is not { } visible || !await db.PlanBatches.AnyAsync(b => b.Year == year, cancellationToken))
            return DocumentProblems.NoBatch(year);

        var language = DocumentLanguageSelector.For(request);
        var rows = await (
                from entry in db.PlanFundingEntries.AsNoTracking()
                join application in db.PlanApplications on entry.ApplicationId equals application.Id
                join county in db.PlanCounties on application.CountyId equals county.Id
                join unit in db.PlanReceivingUnits on entry.ReceivingUnitId equals unit.Id
                where entry.BatchYear == year
                select new { Entry = entry, application.TraineeName, County = county, UnitId = unit.Id, Unit = unit.Name })
            .ToListAsync(cancellationToken);
        var lines = rows.Where(r => visible(r.Unit))
            .OrderBy(r => r.UnitId).ThenBy(r => r.TraineeName, StringComparer.Ordinal)
            .Select(r => new FundingLedgerEntry(r.Unit, r.TraineeName, DocumentInputs.CountyName(r.County, language), FundingStatus.Pending, Remarks(r.Entry, language)))
            .ToList();
        // A batch pays one amount per trainee (R11.1), fixed in its entries; a batch without entries shows the setting in force.
        var amount = rows.Count > 0 ? rows[0].Entry.AmountYuan : (await settings.CurrentAsync(cancellationToken)).Settings.FundingPerTraineeYuan;
        var content = FundingLedgerExport.ToXlsx(new FundingLedgerInput(year, lines, amount), language);
        return DocumentFiles.XlsxFile(content, DocumentFiles.FundingLedger(year));
    }

    // The entries record what became of each trainee, not whether the money has left the fund: every line stays 待拨付
    // with its story in the remarks. R15.2: a cancelled place keeps its line; R16.2: an extension is paid again next batch.
    private static string? Remarks(FundingEntryRecord entry, DocumentLanguage language)
    {
        var english = language == DocumentLanguage.English;
        var date = entry.StatusDate is { } on ? " " + on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
        var notes = new List<string>();
        if (entry.ExtendedFromYear is { } from)
            notes.Add(english ? string.Create(CultureInfo.InvariantCulture, $"extended from the {from} batch (R16.2)") : string.Create(CultureInfo.InvariantCulture, $"由 {from} 年批次延期（R16.2）"));
        if (entry.Status == FundingEntryStatus.Cancelled)
            notes.Add(english ? $"place cancelled{date} (R15.2)" : $"已取消研修资格{date}（R15.2）");
        if (entry.Status == FundingEntryStatus.Extended)
            notes.Add(english ? $"extended into the next batch{date} (R16.2)" : $"已延期至下一批次{date}（R16.2）");
        return notes.Count == 0 ? null : string.Join(english ? "; " : "；", notes);
    }
}
