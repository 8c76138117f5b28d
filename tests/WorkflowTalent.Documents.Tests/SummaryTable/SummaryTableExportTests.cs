using ClosedXML.Excel;
using WorkflowTalent.Documents.Localization;
using WorkflowTalent.Documents.SummaryTable;

namespace WorkflowTalent.Documents.Tests.SummaryTable;

public class SummaryTableExportTests
{
    private static readonly string[] ChineseHeaders =
        ["序号", "姓名", "性别", "民族", "出生年月", "学历", "职称", "专业领域", "工作单位", "所在乡镇", "是否边远乡镇", "是否党员", "申请接收单位", "备注"];

    [Fact]
    public void Export_SummaryTable_HasCountyYearTitleMergedAcrossTable_R6_1()
    {
        using var workbook = Workbooks.Open(SummaryTableExport.ToXlsx(TestData.CountySummary()));
        var sheet = workbook.Worksheet(1);

        Assert.Equal("峨山彝族自治县 2026年基层人才对口培养计划人选汇总表", sheet.Cell(1, 1).GetString());
        Assert.Contains("A1:N1", Workbooks.MergedRanges(sheet));
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
    }

    [Fact]
    public void Export_SummaryTable_HasHeadersInFormOrder_R6_1()
    {
        using var workbook = Workbooks.Open(SummaryTableExport.ToXlsx(TestData.CountySummary()));

        Assert.Equal(ChineseHeaders, Workbooks.RowTexts(workbook.Worksheet(1), 2, 14));
    }

    [Fact]
    public void Export_SummaryTable_LeavesTheGenderBlank_WhenNoneIsRecorded_R6_1()
    {
        var summary = TestData.CountySummary(rows: 1);
        summary = summary with { Rows = [summary.Rows[0] with { Gender = null }] };

        using var workbook = Workbooks.Open(SummaryTableExport.ToXlsx(summary));

        Assert.Equal(["1", "李明", ""], Workbooks.RowTexts(workbook.Worksheet(1), 3, 3));
    }

    [Fact]
    public void Export_SummaryTable_WritesCandidateRowsAndQuotaFooter_R6_1()
    {
        var summary = TestData.CountySummary(rows: 3);
        using var workbook = Workbooks.Open(SummaryTableExport.ToXlsx(summary));
        var sheet = workbook.Worksheet(1);

        Assert.Equal(
            ["1", "李明", "男", "彝族", "1985-03", "博士研究生", "中级", "教育", "峨山县塔甸镇卫生院", "塔甸镇", "是", "否", "玉溪市人民医院", ""],
            Workbooks.RowTexts(sheet, 3, 14));
        Assert.Equal("2", sheet.Cell(4, 1).GetString());
        Assert.Equal("王芳", sheet.Cell(4, 2).GetString());
        Assert.Equal("少数民族", sheet.Cell(4, 14).GetString());
        Assert.Equal("合计：推荐 3 人；本县（市、区）名额 8 人", sheet.Cell(6, 1).GetString());
        Assert.Contains("A6:N6", Workbooks.MergedRanges(sheet));
    }

    [Fact]
    public void Export_SummaryTable_WritesFormulaLikeTextAsText()
    {
        var summary = TestData.CountySummary(rows: 1);
        summary = summary with { Rows = [summary.Rows[0] with { Name = "=HYPERLINK(\"http://x\")" }] };

        using var workbook = Workbooks.Open(SummaryTableExport.ToXlsx(summary));
        var cell = workbook.Worksheet(1).Cell(3, 2);

        Assert.False(cell.HasFormula);
        Assert.Equal("=HYPERLINK(\"http://x\")", cell.GetString());
    }

    [Fact]
    public void Export_SummaryTable_IsBorderedA4Landscape()
    {
        using var workbook = Workbooks.Open(SummaryTableExport.ToXlsx(TestData.CountySummary(rows: 2)));
        var sheet = workbook.Worksheet(1);

        Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
        Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
        Assert.Equal(XLBorderStyleValues.Thin, sheet.Cell(3, 5).Style.Border.LeftBorder);
        Assert.Equal(XLBorderStyleValues.Thin, sheet.Cell(2, 14).Style.Border.RightBorder);
        Assert.True(sheet.Column(9).Width > sheet.Column(1).Width);
    }

    [Fact]
    public void Export_SummaryTable_InEnglish_HasEnglishHeadersAndValues_R6_1()
    {
        using var workbook = Workbooks.Open(SummaryTableExport.ToXlsx(TestData.CountySummary(rows: 1), DocumentLanguage.English));
        var sheet = workbook.Worksheet(1);

        Assert.Equal("峨山彝族自治县 2026 Grassroots Talent Counterpart Training Plan: Candidate Summary", sheet.Cell(1, 1).GetString());
        Assert.Equal(
            ["No.", "Name", "Gender", "Ethnicity", "Date of birth", "Education", "Professional title", "Field", "Work unit", "Township",
             "Remote township", "Party member", "Requested receiving unit", "Remarks"],
            Workbooks.RowTexts(sheet, 2, 14));
        Assert.Equal("Male", sheet.Cell(3, 3).GetString());
        Assert.Equal("Yes", sheet.Cell(3, 11).GetString());
    }
}
