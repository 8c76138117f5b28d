using WorkflowTalent.Plan.Funding;
using WorkflowTalent.Plan.Settings;

namespace WorkflowTalent.Plan.Tests.Funding;

public sealed class FundingLedgerTests
{
    private const string Hospital = "玉溪市人民医院";
    private const string School = "玉溪第一中学";

    private static FundingLedger Ledger2024() => FundingLedger.Open(2024, PlanSettings.Default);

    private static FundingLedger Placed(FundingLedger ledger, string id, string name, string unit) =>
        ledger.Place(id, name, unit, Payee.Unit(unit)).Value!;

    [Fact]
    public void Ledger_PaysTenThousandPerTraineeToTheReceivingUnit_R11_1()
    {
        var ledger = Placed(Placed(Placed(Ledger2024(), "t1", "李明", Hospital), "t2", "张丽", Hospital), "t3", "王强", School);

        Assert.Equal(30_000m, ledger.TotalYuan);
        Assert.Equal(20_000m, ledger.TotalForUnitYuan(Hospital));
        Assert.Equal(
            [new UnitFundingTotal(Hospital, 2, 0, 0, 20_000m), new UnitFundingTotal(School, 1, 0, 0, 10_000m)],
            ledger.TotalsByUnit());
    }

    [Fact]
    public void Ledger_RefusesTraineeAsPayee_R11_1()
    {
        var result = Ledger2024().Place("t1", "李明", Hospital, Payee.Trainee("李明"));

        Assert.False(result.IsAccepted);
        var refusal = Assert.Single(result.Refusals);
        Assert.Equal("R11.1", refusal.RuleId);
        Assert.Equal("研修经费拨付接收单位，研修人员李明不得领取（R11.1）", refusal.Message.ZhCn);
        Assert.Equal("The fund is paid to the receiving unit; the trainee 李明 may not claim it (R11.1)", refusal.Message.En);
    }

    [Fact]
    public void Ledger_RefusesAnotherUnitAsPayee_R11_1()
    {
        var result = Ledger2024().Place("t1", "李明", Hospital, Payee.Unit("峨山彝族自治县人民医院"));

        Assert.Equal(
            "研修经费只能拨付研修人员所在的接收单位玉溪市人民医院，不能拨付峨山彝族自治县人民医院（R11.1）",
            Assert.Single(result.Refusals).Message.ZhCn);
    }

    [Fact]
    public void Ledger_RefusesASecondPaymentForTheSameTrainee_R11_1()
    {
        var result = Placed(Ledger2024(), "t1", "李明", Hospital).Place("t1", "李明", School, Payee.Unit(School));

        Assert.Equal("2024 年批次已为研修人员李明拨付经费（R11.1）", Assert.Single(result.Refusals).Message.ZhCn);
    }

    [Fact]
    public void Ledger_LeavesTheOriginalUnchanged_WhenAnEntryIsAdded()
    {
        var empty = Ledger2024();

        Placed(empty, "t1", "李明", Hospital);

        Assert.Empty(empty.Entries);
    }

    [Fact]
    public void Cancel_KeepsTheEntryMarkedAndCounted_R15_2()
    {
        var ledger = Placed(Placed(Ledger2024(), "t1", "李明", Hospital), "t2", "张丽", Hospital);

        var cancelled = ledger.Cancel("t1", new DateOnly(2024, 11, 5)).Value!;

        var entry = cancelled.EntryOf("t1")!;
        Assert.Equal(FundingEntryStatus.Cancelled, entry.Status);
        Assert.Equal(new DateOnly(2024, 11, 5), entry.StatusDate);
        Assert.Equal(20_000m, cancelled.TotalYuan);
        Assert.Equal(new UnitFundingTotal(Hospital, 2, 1, 0, 20_000m), Assert.Single(cancelled.TotalsByUnit()));
    }

    [Fact]
    public void Cancel_RefusesAnUnknownOrAlreadyCancelledTrainee_R15_2()
    {
        var ledger = Placed(Ledger2024(), "t1", "李明", Hospital).Cancel("t1", new DateOnly(2024, 11, 5)).Value!;

        Assert.Equal("研修人员李明的经费记录已标记为取消（R15.2）", Assert.Single(ledger.Cancel("t1", new DateOnly(2024, 11, 6)).Refusals).Message.ZhCn);
        Assert.Equal("2024 年批次经费台账中没有研修人员 t9（R15.2）", Assert.Single(ledger.Cancel("t9", new DateOnly(2024, 11, 6)).Refusals).Message.ZhCn);
    }

    [Fact]
    public void Extend_MarksThisBatchAndTheNextBatchPaysAgain_R16_2()
    {
        var ledger2024 = Placed(Ledger2024(), "t1", "李明", Hospital).Extend("t1", new DateOnly(2025, 2, 20)).Value!;
        var previous = ledger2024.EntryOf("t1")!;

        var ledger2025 = FundingLedger.Open(2025, PlanSettings.Default).PlaceExtended(previous, Hospital, Payee.Unit(Hospital)).Value!;

        Assert.Equal(FundingEntryStatus.Extended, previous.Status);
        Assert.Equal(new UnitFundingTotal(Hospital, 1, 0, 1, 10_000m), Assert.Single(ledger2024.TotalsByUnit()));
        var carried = ledger2025.EntryOf("t1")!;
        Assert.Equal(2024, carried.ExtendedFromYear);
        Assert.Equal(FundingEntryStatus.Placed, carried.Status);
        Assert.Equal(10_000m, ledger2025.TotalYuan);
    }

    [Fact]
    public void PlaceExtended_RefusesTheTraineeAsPayee_R11_1()
    {
        var previous = Placed(Ledger2024(), "t1", "李明", Hospital).EntryOf("t1")!;

        var result = FundingLedger.Open(2025, PlanSettings.Default).PlaceExtended(previous, Hospital, Payee.Trainee("李明"));

        Assert.Equal(["R11.1"], result.Refusals.Select(r => r.RuleId));
    }

    [Fact]
    public void Open_TakesTheAmountFromSettings_R11_1()
    {
        var ledger = FundingLedger.Open(2024, PlanSettings.Default with { FundingPerTraineeYuan = 12_000m });

        Assert.Equal(12_000m, Placed(ledger, "t1", "李明", Hospital).TotalYuan);
    }
}
