using ClosedXML.Excel;
using WorkflowTalent.Documents.ApplicationForm;
using WorkflowTalent.Documents.Localization;

namespace WorkflowTalent.Documents.Tests.ApplicationForm;

public class ApplicationFormExportTests
{
    [Fact]
    public void Export_ApplicationForm_HasOneSheetPerCandidate_R6_1()
    {
        using var workbook = Workbooks.Open(ApplicationFormExport.ToXlsx([TestData.Candidate("李明"), TestData.Candidate("王芳"), TestData.Candidate("李明")]));

        Assert.Equal(["李明", "王芳", "李明 (2)"], workbook.Worksheets.Select(s => s.Name));
        Assert.Equal("王芳", workbook.Worksheet(2).Cell(2, 2).GetString());
    }

    [Fact]
    public void Export_ApplicationForm_HasTitleMergedAndLabelValueGrid_R6_1()
    {
        using var workbook = Workbooks.Open(ApplicationFormExport.ToXlsx([TestData.Candidate()]));
        var sheet = workbook.Worksheet(1);

        Assert.Equal("玉溪市基层人才对口培养计划申请表", sheet.Cell(1, 1).GetString());
        Assert.Contains("A1:D1", Workbooks.MergedRanges(sheet));
        Assert.Equal(["姓名", "李明", "性别", "男"], Workbooks.RowTexts(sheet, 2, 4));
        Assert.Equal(["民族", "彝族", "出生年月", "1988-03"], Workbooks.RowTexts(sheet, 3, 4));
        Assert.Equal(["政治面貌", "中共党员", "学历", "大学本科"], Workbooks.RowTexts(sheet, 4, 4));
        Assert.Equal(["职称", "主治医师", "专业领域", "卫生健康"], Workbooks.RowTexts(sheet, 5, 4));
        Assert.Equal(["工作单位", "峨山县塔甸镇卫生院"], Workbooks.RowTexts(sheet, 6, 2));
        Assert.Equal(["所在县（市、区）", "峨山彝族自治县", "所在乡镇（街道）", "塔甸镇"], Workbooks.RowTexts(sheet, 7, 4));
        Assert.Equal(["申请接收单位", "玉溪市人民医院"], Workbooks.RowTexts(sheet, 8, 2));
        Assert.Equal("个人简历/主要业绩", sheet.Cell(9, 1).GetString());
        Assert.Equal(["县区委组织部意见", "市委组织部审核意见"], [sheet.Cell(11, 1).GetString(), sheet.Cell(12, 1).GetString()]);
        Assert.Contains("B9:D9", Workbooks.MergedRanges(sheet));
        Assert.Equal(XLBorderStyleValues.Thin, sheet.Cell(12, 4).Style.Border.BottomBorder);
        Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
    }

    [Fact]
    public void Export_ApplicationForm_PrintsWorkUnitAttestationsAndSignedOpinions_R5_1()
    {
        var candidate = TestData.Candidate() with { WorkUnitAttestation = new WorkUnitAttestation(true, true, false, true) };
        using var workbook = Workbooks.Open(ApplicationFormExport.ToXlsx([candidate]));
        var sheet = workbook.Worksheet(1);

        var opinion = sheet.Cell(10, 2).GetString();
        Assert.Equal("原工作单位推荐意见", sheet.Cell(10, 1).GetString());
        Assert.Contains("☑ 本单位业务技术骨干", opinion, StringComparison.Ordinal);
        Assert.Contains("☐ 具有发展潜力", opinion, StringComparison.Ordinal);
        Assert.Contains("同意推荐。", opinion, StringComparison.Ordinal);
        Assert.Contains("签字（盖章）：塔甸镇卫生院    2026年5月10日", opinion, StringComparison.Ordinal);
        Assert.Contains("　　年　　月　　日", sheet.Cell(12, 2).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_ApplicationForm_InEnglish_HasEnglishLabels_R6_1()
    {
        using var workbook = Workbooks.Open(ApplicationFormExport.ToXlsx([TestData.Candidate()], DocumentLanguage.English));
        var sheet = workbook.Worksheet(1);

        Assert.Equal("Yuxi Grassroots Talent Counterpart Training Plan: Application Form", sheet.Cell(1, 1).GetString());
        Assert.Equal(["Name", "李明", "Gender", "Male"], Workbooks.RowTexts(sheet, 2, 4));
    }
}
