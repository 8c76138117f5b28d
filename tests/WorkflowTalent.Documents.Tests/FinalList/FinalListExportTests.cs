using ClosedXML.Excel;
using WorkflowTalent.Documents.FinalList;
using WorkflowTalent.Documents.Localization;
using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.Tests.FinalList;

public class FinalListExportTests
{
    private static readonly FinalListInput List = new(2026,
    [
        TestData.Placement("李明"),
        TestData.Placement("王芳") with { County = "江川区", Field = ProfessionalField.Education, ReceivingUnit = "玉溪市第一中学", Department = "数学组", Mentor = "周敏", ResearchTopic = "初中数学分层教学" },
    ]);

    [Fact]
    public void Export_FinalList_HasPlacementColumns_R6_4()
    {
        using var workbook = Workbooks.Open(FinalListExport.ToXlsx(List));
        var sheet = workbook.Worksheet(1);

        Assert.Equal("2026年玉溪市基层人才对口培养计划研修人员名单", sheet.Cell(1, 1).GetString());
        Assert.Contains("A1:J1", Workbooks.MergedRanges(sheet));
        Assert.Equal(["序号", "姓名", "选派单位（县区）", "原工作单位", "专业领域", "接收单位", "科室", "导师", "研修课题", "报到截止"], Workbooks.RowTexts(sheet, 2, 10));
        Assert.Equal(["1", "李明", "峨山彝族自治县", "峨山县塔甸镇卫生院", "卫生健康", "玉溪市人民医院", "心内科", "陈华", "基层高血压规范化管理", "2026年8月30日"], Workbooks.RowTexts(sheet, 3, 10));
        Assert.Equal(["2", "王芳", "江川区", "峨山县塔甸镇卫生院", "教育", "玉溪市第一中学", "数学组", "周敏", "初中数学分层教学", "2026年8月30日"], Workbooks.RowTexts(sheet, 4, 10));
        Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
    }

    [Fact]
    public void Export_FinalList_StatesReportInDeadline_R6_5()
    {
        using var workbook = Workbooks.Open(FinalListExport.ToXlsx(List));

        Assert.StartsWith("研修人员须于2026年8月30日前到接收单位报到", workbook.Worksheet(1).Cell(5, 1).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_FinalList_InEnglish_HasEnglishHeaders_R6_4()
    {
        using var workbook = Workbooks.Open(FinalListExport.ToXlsx(List, DocumentLanguage.English));
        var sheet = workbook.Worksheet(1);

        Assert.Equal(["No.", "Name", "Dispatching unit (county)", "Original work unit", "Field", "Receiving unit", "Department", "Mentor", "Research topic", "Report by"], Workbooks.RowTexts(sheet, 2, 10));
        Assert.Equal("2026-08-30", sheet.Cell(3, 10).GetString());
    }
}
