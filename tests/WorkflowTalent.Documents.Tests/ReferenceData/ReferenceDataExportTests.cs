using WorkflowTalent.Documents.Localization;
using WorkflowTalent.Documents.ReferenceData;

namespace WorkflowTalent.Documents.Tests.ReferenceData;

public class ReferenceDataExportTests
{
    [Fact]
    public void Export_WritesOneSheetPerKind_WithChineseHeaders()
    {
        using var workbook = Workbooks.Open(ReferenceDataExport.ToXlsx(ReferenceWorkbooks.Sample()));

        Assert.Equal(["县区", "乡镇", "接收单位", "科室", "导师"], workbook.Worksheets.Select(s => s.Name));
        Assert.Equal(["名称", "民族自治县"], Workbooks.RowTexts(workbook.Worksheet("县区"), 1, 2));
        Assert.Equal(["县区", "名称", "边远"], Workbooks.RowTexts(workbook.Worksheet("乡镇"), 1, 3));
        Assert.Equal(["名称", "专业领域", "主管部门"], Workbooks.RowTexts(workbook.Worksheet("接收单位"), 1, 3));
        Assert.Equal(["接收单位", "科室"], Workbooks.RowTexts(workbook.Worksheet("科室"), 1, 2));
        Assert.Equal(["接收单位", "科室", "姓名", "职称"], Workbooks.RowTexts(workbook.Worksheet("导师"), 1, 4));
    }

    [Fact]
    public void Export_WritesFlagsAsYesNo_AndTheFieldByItsPrintedName_R3_4()
    {
        using var workbook = Workbooks.Open(ReferenceDataExport.ToXlsx(ReferenceWorkbooks.Sample()));

        Assert.Equal(["峨山彝族自治县", "是"], Workbooks.RowTexts(workbook.Worksheet("县区"), 3, 2));
        Assert.Equal(["红塔区", "小石桥彝族乡", "是"], Workbooks.RowTexts(workbook.Worksheet("乡镇"), 3, 3));
        Assert.Equal(["玉溪市人民医院", "卫生健康", "市卫生健康委"], Workbooks.RowTexts(workbook.Worksheet("接收单位"), 2, 3));
        Assert.Equal(["玉溪市人民医院", "心内科", "杨丽华", "副主任医师"], Workbooks.RowTexts(workbook.Worksheet("导师"), 3, 4));
    }

    [Fact]
    public void Export_InEnglish_NamesSheetsAndHeadersInEnglish()
    {
        using var workbook = Workbooks.Open(ReferenceDataExport.ToXlsx(ReferenceWorkbooks.Sample(), DocumentLanguage.English));

        Assert.Equal(["Counties", "Townships", "Receiving units", "Departments", "Mentors"], workbook.Worksheets.Select(s => s.Name));
        Assert.Equal(["County", "Name", "Remote"], Workbooks.RowTexts(workbook.Worksheet("Townships"), 1, 3));
        Assert.Equal(["红塔区", "小石桥彝族乡", "Yes"], Workbooks.RowTexts(workbook.Worksheet("Townships"), 3, 3));
    }
}
