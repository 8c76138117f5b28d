using WorkflowTalent.Documents.FundingLedger;
using WorkflowTalent.Documents.Localization;

namespace WorkflowTalent.Documents.Tests.FundingLedger;

public class FundingLedgerExportTests
{
    [Fact]
    public void Ledger_Totals10000PerTrainee_R11_1()
    {
        using var workbook = Workbooks.Open(FundingLedgerExport.ToXlsx(TestData.Ledger()));
        var sheet = workbook.Worksheet(1);

        Assert.Equal("2026年基层人才对口培养计划经费台账", sheet.Cell(1, 1).GetString());
        Assert.Contains("A1:F1", Workbooks.MergedRanges(sheet));
        Assert.Equal(["序号", "接收单位", "研修人员", "选派县区", "金额（元）", "状态/备注"], Workbooks.RowTexts(sheet, 2, 6));

        // Units in the order they first appear; each unit's trainees, then its subtotal; the total last.
        Assert.Equal(["1", "玉溪市人民医院", "李明", "峨山彝族自治县", "10000", "已拨付"], Workbooks.RowTexts(sheet, 3, 6));
        Assert.Equal(["2", "玉溪市人民医院", "张伟", "通海县", "10000", "已拨付；已到账"], Workbooks.RowTexts(sheet, 4, 6));
        Assert.Equal(("小计：玉溪市人民医院（2 人）", 20_000m), (sheet.Cell(5, 1).GetString(), sheet.Cell(5, 5).GetValue<decimal>()));
        Assert.Equal(["3", "玉溪市第一中学", "王芳", "江川区", "10000", "待拨付"], Workbooks.RowTexts(sheet, 6, 6));
        Assert.Equal(("小计：玉溪市第一中学（1 人）", 10_000m), (sheet.Cell(7, 1).GetString(), sheet.Cell(7, 5).GetValue<decimal>()));
        Assert.Equal(("合计（3 人）", 30_000m), (sheet.Cell(8, 1).GetString(), sheet.Cell(8, 5).GetValue<decimal>()));
        Assert.Contains("A8:D8", Workbooks.MergedRanges(sheet));
        Assert.Equal("#,##0", sheet.Cell(8, 5).Style.NumberFormat.Format);
    }

    [Fact]
    public void Ledger_NotesFundsGoToReceivingUnitNotTrainee_R11_1()
    {
        using var workbook = Workbooks.Open(FundingLedgerExport.ToXlsx(TestData.Ledger()));
        var note = workbook.Worksheet(1).Cell(9, 1).GetString();

        Assert.Contains("按每人 10,000 元拨付给接收单位", note, StringComparison.Ordinal);
        Assert.Contains("主要用于研修人员食宿", note, StringComparison.Ordinal);
        Assert.Contains("研修人员不得报领", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Ledger_InEnglish_HasEnglishHeadersAndTotal_R11_1()
    {
        using var workbook = Workbooks.Open(FundingLedgerExport.ToXlsx(TestData.Ledger(), DocumentLanguage.English));
        var sheet = workbook.Worksheet(1);

        Assert.Equal(["No.", "Receiving unit", "Trainee", "Dispatching county", "Amount (yuan)", "Status / remarks"], Workbooks.RowTexts(sheet, 2, 6));
        Assert.Equal(("Total (3 trainee(s))", 30_000m), (sheet.Cell(8, 1).GetString(), sheet.Cell(8, 5).GetValue<decimal>()));
        Assert.Contains("the trainee may not claim the funds", sheet.Cell(9, 1).GetString(), StringComparison.Ordinal);
    }
}
