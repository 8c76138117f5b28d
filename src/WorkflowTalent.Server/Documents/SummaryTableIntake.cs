using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Documents.SummaryTable;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan.Eligibility;
using WorkflowTalent.Plan.ReferenceData;
using WorkflowTalent.Server.Applications;
using WorkflowTalent.Server.Identity;
using WorkflowTalent.Server.Plan;

namespace WorkflowTalent.Server.Documents;

/// <summary>
/// R6.1: turns the rows of a county's parsed 汇总表 into applications. Every row is checked against the reference
/// data, eligibility (R5.1, R3.2) and the county's places (R3.4) first; one problem anywhere and nothing is stored.
/// Then each row is registered as a county registers one candidate (<see cref="ApplicationRegistration"/>), which
/// starts its selection workflow (R6.1–R6.4).
/// </summary>
internal sealed class SummaryTableIntake(WorkflowDbContext db, PlanSettingsStore settings, ApplicationRegistration registration)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public async Task<IntakeOutcome> RegisterAsync(
        BatchRecord batch, CountyRecord county, IReadOnlyList<SummaryTableRow> rows, IReadOnlyList<int?> rowNumbers,
        Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(county);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(rowNumbers);
        var problems = new List<ImportProblem>();

        var rules = new EligibilityRules((await settings.CurrentAsync(cancellationToken)).Settings);
        var units = await db.PlanReceivingUnits.AsNoTracking().ToListAsync(cancellationToken);
        var registered = await db.PlanApplications.AsNoTracking()
            .Where(a => a.BatchYear == batch.Year && a.CountyId == county.Id && a.Status != ApplicationStatus.Rejected)
            .Select(a => new { a.TraineeName, a.BirthDate, a.ExtendedFromId })
            .ToListAsync(cancellationToken);
        // R3.4, R16.2: every candidate not rejected holds a place, except a trainee who came by extension (not recommended under R6.1).
        var holdingPlaces = registered.Count(r => r.ExtendedFromId == null);

        var accepted = new List<(SummaryTableRow Row, int? Number, TownshipRecord Township, ReceivingUnitRecord Unit)>();
        var seen = new HashSet<(string, int, int)>();
        foreach (var (row, number) in rows.Zip(rowNumbers))
        {
            var at = At(number);
            var township = county.Townships.FirstOrDefault(t => t.Name == row.Township);
            var unit = units.FirstOrDefault(u => u.Name == row.RequestedReceivingUnit);
            if (township is null)
                problems.Add(new(number, "所在乡镇",
                    $"{at.Zh}「所在乡镇」：'{row.Township}' 不是{county.Name}的乡镇（街道）",
                    $"{at.En}, \"Township\": '{row.Township}' is not a township (street) of {county.EnglishName}"));
            else if (township.IsRemote != row.RemoteTownship)
                // R5.1: remoteness relaxes the age limit, so the table may not claim what the reference data does not say.
                problems.Add(new(number, "是否边远乡镇",
                    $"{at.Zh}「是否边远乡镇」：填写为「{YesNo(row.RemoteTownship)}」，但{township.Name}在基础数据中{(township.IsRemote ? "是" : "不是")}边远乡镇（R5.1）",
                    $"{at.En}, \"Remote township\": the table says {(row.RemoteTownship ? "yes" : "no")} but the reference data says {township.Name} is {(township.IsRemote ? "" : "not ")}remote (R5.1)",
                    "R5.1"));
            if (unit is null)
                problems.Add(new(number, "申请接收单位",
                    $"{at.Zh}「申请接收单位」：'{row.RequestedReceivingUnit}' 不是接收单位",
                    $"{at.En}, \"Requested receiving unit\": '{row.RequestedReceivingUnit}' is not a receiving unit"));

            if (township is not null)
                foreach (var refusal in rules.Check(Facts(row, township), batch.ReportInDeadline))
                    problems.Add(new(number, null, $"{at.Zh}（{row.Name}）：{refusal.Message.ZhCn}", $"{at.En} ({row.Name}): {refusal.Message.En}", refusal.RuleId));

            var month = (row.Name, row.BirthMonth.Year, row.BirthMonth.Month);
            if (!seen.Add(month))
                problems.Add(new(number, "姓名",
                    $"{at.Zh}：{row.Name}（出生年月 {Month(row.BirthMonth)}）在表中出现了不止一次",
                    $"{at.En}: {row.Name} (born {Month(row.BirthMonth)}) appears more than once in the table"));
            else if (registered.Any(r => r.TraineeName == row.Name && r.BirthDate.Year == row.BirthMonth.Year && r.BirthDate.Month == row.BirthMonth.Month))
                problems.Add(new(number, "姓名",
                    $"{at.Zh}：{row.Name}（出生年月 {Month(row.BirthMonth)}）已是{county.Name} {batch.Year} 年批次的人选",
                    $"{at.En}: {row.Name} (born {Month(row.BirthMonth)}) is already a candidate of {county.EnglishName} in the {batch.Year} batch"));

            if (township is not null && unit is not null)
                accepted.Add((row, number, township, unit));
        }

        if (await QuotaProblemAsync(batch, county, holdingPlaces, rows.Count, cancellationToken) is { } quota)
            problems.Add(quota);
        if (problems.Count > 0)
            return new IntakeOutcome([], problems);

        return await RegisterEachAsync(batch, county, accepted, caller, cancellationToken);
    }

    /// <summary>R3.4, R6.1: the county recommends at most its places in the allocation in force.</summary>
    private async Task<ImportProblem?> QuotaProblemAsync(BatchRecord batch, CountyRecord county, int registered, int added, CancellationToken cancellationToken)
    {
        var allocation = await db.PlanQuotaAllocations.AsNoTracking().Include(a => a.Lines)
            .Where(a => a.BatchYear == batch.Year).OrderByDescending(a => a.Version).FirstOrDefaultAsync(cancellationToken);
        if (allocation is null)
            return new(null, null,
                $"{batch.Year} 年批次尚未分配名额，{county.Name}不能推荐人选（R3.4）",
                $"The {batch.Year} batch has no quota allocation yet; {county.EnglishName} cannot recommend candidates (R3.4)", "R3.4");

        var refusal = QuotaLines.Check(allocation, county, registered + added);
        return refusal is null
            ? null
            : new(null, null,
                $"{refusal.Message.ZhCn}：已登记 {registered} 人，本表 {added} 人",
                $"{refusal.Message.En}: {registered} registered already, {added} in this table", refusal.RuleId);
    }

    /// <summary>
    /// Registers the checked rows one by one through the Applications feature, which writes each application with its
    /// selection workflow in one step. A refusal there (another registration took the last place in between) stops
    /// the import at that row; the rows before it stay registered and the outcome says which.
    /// </summary>
    private async Task<IntakeOutcome> RegisterEachAsync(
        BatchRecord batch, CountyRecord county, List<(SummaryTableRow Row, int? Number, TownshipRecord Township, ReceivingUnitRecord Unit)> rows,
        Caller caller, CancellationToken cancellationToken)
    {
        var registered = new List<RegisteredCandidate>();
        foreach (var (row, number, township, unit) in rows)
        {
            var result = await registration.RegisterAsync(batch.Year, Request(county, row, township, unit), caller, cancellationToken);
            if (result.Result is Created<ApplicationView> { Value: { } created })
            {
                registered.Add(new RegisteredCandidate(created.Id, created.TraineeName, number));
                continue;
            }

            var refused = (result.Result as ProblemHttpResult)?.ProblemDetails;
            var at = At(number);
            return new IntakeOutcome(registered, [new ImportProblem(number, null,
                $"{at.Zh}（{row.Name}）未能登记：{refused?.Detail ?? refused?.Title}；之前的 {registered.Count} 人已登记",
                $"{at.En} ({row.Name}) could not be registered: {refused?.Title}; the {registered.Count} before it are registered")]);
        }

        return new IntakeOutcome(registered, []);
    }

    private static RegisterApplicationRequest Request(CountyRecord county, SummaryTableRow row, TownshipRecord township, ReceivingUnitRecord unit) => new(
        TraineeName: row.Name,
        TraineeUserName: null,
        TraineeEmail: null,
        Gender: DocumentTerms.ToRequest(row.Gender),
        BirthDate: row.BirthMonth,
        Education: DocumentTerms.ToPlan(row.Education).ToString(),
        Title: row.ProfessionalTitle,
        Field: DocumentTerms.ToPlan(row.Field).Code,
        County: county.Name,
        Township: township.Name,
        OriginalUnit: row.WorkUnit,
        Ethnicity: row.Ethnicity,
        PartyMember: row.PartyMember,
        RequestedReceivingUnit: unit.Name);

    // R5.1: the table gives the month of birth, stored and checked as its first day. The 汇总表 names a township for
    // everyone: township-level employers (R3.2).
    private static CandidateFacts Facts(SummaryTableRow row, TownshipRecord township) => new(
        row.BirthMonth,
        DocumentTerms.ToPlan(row.Education),
        new Ethnicity(row.Ethnicity),
        township.IsRemote,
        DocumentTerms.ToPlan(row.Field),
        UnitLevel.Township);

    private static (string Zh, string En) At(int? row) =>
        row is { } n ? (string.Create(Invariant, $"第 {n} 行"), string.Create(Invariant, $"Row {n}")) : ("表中一行", "A row");

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", Invariant);

    private static string YesNo(bool value) => value ? "是" : "否";
}
