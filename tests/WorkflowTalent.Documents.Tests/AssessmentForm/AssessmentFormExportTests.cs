using WorkflowTalent.Documents.AssessmentForm;
using WorkflowTalent.Documents.Localization;
using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.Tests.AssessmentForm;

public class AssessmentFormExportTests
{
    [Fact]
    public void AssessmentForm_HasTitleTraineeAndPlacement_R14_1()
    {
        using var workbook = Workbooks.Open(AssessmentFormExport.ToXlsx([TestData.Assessment()]));
        var sheet = workbook.Worksheet(1);

        Assert.Equal("玉溪市基层人才对口培养计划研修人员考核登记表", sheet.Cell(1, 1).GetString());
        Assert.Contains("A1:D1", Workbooks.MergedRanges(sheet));
        Assert.Equal(["姓名", "李明", "性别", "男"], Workbooks.RowTexts(sheet, 2, 4));
        Assert.Equal(["科室", "心内科", "导师", "陈华"], Workbooks.RowTexts(sheet, 6, 4));
        Assert.Equal(["接收单位", "玉溪市人民医院"], Workbooks.RowTexts(sheet, 8, 2));
        Assert.Equal(["研修时间", "2026年9月1日 至 2027年2月28日"], Workbooks.RowTexts(sheet, 9, 2));
        Assert.Equal("个人研修总结", sheet.Cell(11, 1).GetString());
        Assert.StartsWith("六个月来在心内科轮转学习", sheet.Cell(11, 2).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AssessmentForm_ListsResearchResults_R13_1()
    {
        using var workbook = Workbooks.Open(AssessmentFormExport.ToXlsx([TestData.Assessment()]));

        Assert.Equal("1. 《基层高血压随访管理实践》，玉溪医学，2027年第1期", workbook.Worksheet(1).Cell(12, 2).GetString());
    }

    [Fact]
    public void AssessmentForm_TicksTheGivenGradeAmongAllFour_R14_3()
    {
        using var workbook = Workbooks.Open(AssessmentFormExport.ToXlsx([TestData.Assessment(grade: AssessmentGrade.Excellent)]));
        var sheet = workbook.Worksheet(1);

        Assert.Equal("考核等次", sheet.Cell(14, 1).GetString());
        Assert.Equal("☑ 优秀    ☐ 合格    ☐ 基本合格    ☐ 不合格", sheet.Cell(14, 2).GetString());
    }

    [Fact]
    public void AssessmentForm_TicksNoGrade_BeforeAssessment_R14_3()
    {
        using var workbook = Workbooks.Open(AssessmentFormExport.ToXlsx([TestData.Assessment(grade: null)]));

        Assert.Equal("☐ 优秀    ☐ 合格    ☐ 基本合格    ☐ 不合格", workbook.Worksheet(1).Cell(14, 2).GetString());
    }

    [Fact]
    public void AssessmentForm_ListsFourCopies_R14_2()
    {
        using var workbook = Workbooks.Open(AssessmentFormExport.ToXlsx([TestData.Assessment()]));
        var sheet = workbook.Worksheet(1);

        Assert.Equal("本表一式四份，原工作单位、接收单位、县区委组织部、市委组织部各一份。", sheet.Cell(16, 1).GetString());
        Assert.Contains("A16:D16", Workbooks.MergedRanges(sheet));
    }

    [Fact]
    public void AssessmentForm_HasSignatureAndSealBlock_R14_1()
    {
        using var workbook = Workbooks.Open(AssessmentFormExport.ToXlsx([TestData.Assessment()]));

        Assert.Equal("导师签名：            接收单位（盖章）：玉溪市人民医院            2027年2月20日", workbook.Worksheet(1).Cell(15, 1).GetString());
        Assert.Contains("研修人员签名：", workbook.Worksheet(1).Cell(11, 2).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AssessmentForm_InEnglish_HasEnglishLabelsAndGrades_R14_3()
    {
        using var workbook = Workbooks.Open(AssessmentFormExport.ToXlsx([TestData.Assessment(grade: AssessmentGrade.BasicPass)], DocumentLanguage.English));
        var sheet = workbook.Worksheet(1);

        Assert.Equal(["Name", "李明", "Gender", "Male"], Workbooks.RowTexts(sheet, 2, 4));
        Assert.Equal("☐ Excellent    ☐ Pass    ☑ Basic pass    ☐ Fail", sheet.Cell(14, 2).GetString());
    }
}
