using ClosedXML.Excel;
using WorkflowTalent.Documents.ReferenceData;
using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.Tests.ReferenceData;

/// <summary>A small reference data set (two counties, two units), and edits of its exported workbook by sheet name.</summary>
internal static class ReferenceWorkbooks
{
    public static ReferenceDataSet Sample() => new(
        [new("红塔区", false), new("峨山彝族自治县", true)],
        [new("红塔区", "玉兴街道", false), new("红塔区", "小石桥彝族乡", true), new("峨山彝族自治县", "双江街道", false), new("峨山彝族自治县", "岔河乡", true)],
        [new("玉溪市人民医院", ProfessionalField.Health, "市卫生健康委"), new("玉溪第一中学", ProfessionalField.Education, "市教育体育局")],
        [new("玉溪市人民医院", "心内科"), new("玉溪市人民医院", "儿科"), new("玉溪第一中学", "语文教研组")],
        [
            new("玉溪市人民医院", "心内科", "李志刚", "主任医师"), new("玉溪市人民医院", "心内科", "杨丽华", "副主任医师"),
            new("玉溪第一中学", "语文教研组", "周丽萍", "正高级教师"),
        ]);

    public static MemoryStream Edit(byte[] xlsx, Action<XLWorkbook> change)
    {
        using var workbook = Workbooks.Open(xlsx);
        change(workbook);
        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    public static MemoryStream EditSheet(byte[] xlsx, string sheet, Action<IXLWorksheet> change) =>
        Edit(xlsx, workbook => change(workbook.Worksheet(sheet)));
}
