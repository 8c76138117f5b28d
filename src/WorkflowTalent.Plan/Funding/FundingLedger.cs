using System.Collections.Immutable;
using WorkflowTalent.Plan.Settings;

namespace WorkflowTalent.Plan.Funding;

/// <summary>
/// A batch's talent-fund payments (R11.1): a fixed sum per placed trainee, paid only to the trainee's receiving unit.
/// How the exceptions count:
/// a cancelled trainee (R15.2) keeps the entry, marked cancelled with the date: the unit hosted and fed the trainee
/// until then and R11.1 provides no recovery, so the amount stays in the totals, counted apart so finance can see it;
/// an extended trainee (R16.2) keeps this batch's entry, marked extended, and joins the next batch, whose ledger pays
/// for the further six months as for any trainee of that batch (<see cref="PlaceExtended"/>).
/// </summary>
public sealed record FundingLedger(int BatchYear, decimal AmountPerTraineeYuan, ImmutableList<FundingEntry> Entries)
{
    public static FundingLedger Open(int batchYear, PlanSettings settings) => new(batchYear, settings.FundingPerTraineeYuan, []);

    public decimal TotalYuan => Entries.Sum(e => e.AmountYuan);

    public PlanResult<FundingLedger> Place(string traineeId, string traineeName, string receivingUnit, Payee payee) =>
        Add(new FundingEntry(traineeId, traineeName, receivingUnit, payee, AmountPerTraineeYuan, FundingEntryStatus.Placed));

    /// <summary>R16.2: an extended trainee of the previous batch, hosted again by a receiving unit in this one.</summary>
    public PlanResult<FundingLedger> PlaceExtended(FundingEntry previous, string receivingUnit, Payee payee) =>
        Add(new FundingEntry(previous.TraineeId, previous.TraineeName, receivingUnit, payee, AmountPerTraineeYuan, FundingEntryStatus.Placed,
            ExtendedFromYear: BatchYear - 1));

    public PlanResult<FundingLedger> Cancel(string traineeId, DateOnly cancelledOn) => Mark(traineeId, FundingEntryStatus.Cancelled, cancelledOn, "R15.2");

    public PlanResult<FundingLedger> Extend(string traineeId, DateOnly extendedOn) => Mark(traineeId, FundingEntryStatus.Extended, extendedOn, "R16.2");

    public FundingEntry? EntryOf(string traineeId) => Entries.FirstOrDefault(e => e.TraineeId == traineeId);

    public decimal TotalForUnitYuan(string receivingUnit) => Entries.Where(e => e.ReceivingUnit == receivingUnit).Sum(e => e.AmountYuan);

    public IReadOnlyList<UnitFundingTotal> TotalsByUnit() =>
    [
        .. Entries
            .GroupBy(e => e.ReceivingUnit, StringComparer.Ordinal)
            .Select(g => new UnitFundingTotal(
                g.Key,
                g.Count(),
                g.Count(e => e.Status == FundingEntryStatus.Cancelled),
                g.Count(e => e.Status == FundingEntryStatus.Extended),
                g.Sum(e => e.AmountYuan)))
            .OrderBy(t => t.ReceivingUnit, StringComparer.Ordinal),
    ];

    private PlanResult<FundingLedger> Add(FundingEntry entry)
    {
        // R11.1: the fund goes to the receiving unit; the trainee may not claim it, nor may it go anywhere else.
        if (entry.Payee.Kind == PayeeKind.Trainee)
        {
            return Refuse("R11.1",
                $"研修经费拨付接收单位，研修人员{entry.Payee.Name}不得领取（R11.1）",
                $"The fund is paid to the receiving unit; the trainee {entry.Payee.Name} may not claim it (R11.1)");
        }

        if (entry.Payee.Kind != PayeeKind.ReceivingUnit || entry.Payee.Name != entry.ReceivingUnit)
        {
            return Refuse("R11.1",
                $"研修经费只能拨付研修人员所在的接收单位{entry.ReceivingUnit}，不能拨付{entry.Payee.Name}（R11.1）",
                $"The fund can only be paid to the trainee's receiving unit {entry.ReceivingUnit}, not to {entry.Payee.Name} (R11.1)");
        }

        // R11.1: one payment per trainee and batch.
        if (EntryOf(entry.TraineeId) is { } existing)
        {
            return Refuse("R11.1",
                $"{BatchYear} 年批次已为研修人员{existing.TraineeName}拨付经费（R11.1）",
                $"The {BatchYear} batch has already funded trainee {existing.TraineeName} (R11.1)");
        }

        return new PlanResult<FundingLedger>(this with { Entries = Entries.Add(entry) });
    }

    private PlanResult<FundingLedger> Mark(string traineeId, FundingEntryStatus status, DateOnly on, string ruleId)
    {
        var entry = EntryOf(traineeId);
        if (entry is null)
        {
            return Refuse(ruleId, $"{BatchYear} 年批次经费台账中没有研修人员 {traineeId}（{ruleId}）", $"The {BatchYear} batch's ledger has no trainee {traineeId} ({ruleId})");
        }

        if (entry.Status != FundingEntryStatus.Placed)
        {
            return Refuse(ruleId,
                $"研修人员{entry.TraineeName}的经费记录已标记为{(entry.Status == FundingEntryStatus.Cancelled ? "取消" : "延期")}（{ruleId}）",
                $"Trainee {entry.TraineeName}'s entry is already marked {entry.Status.ToString().ToLowerInvariant()} ({ruleId})");
        }

        return new PlanResult<FundingLedger>(this with { Entries = Entries.Replace(entry, entry with { Status = status, StatusDate = on }) });
    }

    private static PlanResult<FundingLedger> Refuse(string ruleId, string zh, string en) =>
        new(new Refusal(ruleId, new BilingualText(zh, en)));
}
