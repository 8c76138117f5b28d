using WorkflowTalent.Documents.Localization;
using WorkflowTalent.Documents.ReferenceData;
using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.Tests.ReferenceData;

public class ReferenceDataImportTests
{
    private static readonly byte[] Sample = ReferenceDataExport.ToXlsx(ReferenceWorkbooks.Sample());

    [Theory]
    [InlineData(DocumentLanguage.Chinese)]
    [InlineData(DocumentLanguage.English)]
    public void Import_ReturnsTheExportedData(DocumentLanguage language)
    {
        var data = ReferenceWorkbooks.Sample();

        var result = ReferenceDataImport.FromXlsx(new MemoryStream(ReferenceDataExport.ToXlsx(data, language)));

        Assert.Empty(result.Errors);
        Assert.True(result.Succeeded);
        Assert.Equal(data.Counties, result.Data!.Counties);
        Assert.Equal(data.Townships, result.Data.Townships);
        Assert.Equal(data.ReceivingUnits, result.Data.ReceivingUnits);
        Assert.Equal(data.Departments, result.Data.Departments);
        Assert.Equal(data.Mentors, result.Data.Mentors);
        Assert.Equal(3, result.RowOf(data.Counties[1]));
        Assert.Equal(2, result.RowOf(data.ReceivingUnits[0]));
    }

    [Fact]
    public void Import_ReadsAddedRows_AndEditedFlags_R3_4()
    {
        var edited = ReferenceWorkbooks.Edit(Sample, workbook =>
        {
            workbook.Worksheet("乡镇").Cell(4, 3).SetValue("是");
            workbook.Worksheet("乡镇").Cell(6, 1).SetValue("峨山彝族自治县");
            workbook.Worksheet("乡镇").Cell(6, 2).SetValue("新设乡");
            workbook.Worksheet("乡镇").Cell(6, 3).SetValue("是");
        });

        var result = ReferenceDataImport.FromXlsx(edited);

        Assert.Empty(result.Errors);
        Assert.Contains(new ReferenceTownship("峨山彝族自治县", "双江街道", true), result.Data!.Townships);
        Assert.Equal(new ReferenceTownship("峨山彝族自治县", "新设乡", true), result.Data.Townships[^1]);
    }

    [Fact]
    public void Import_NamesSheetRowAndColumn_OfAFlagThatIsNotYesOrNo_R3_4()
    {
        var result = ReferenceDataImport.FromXlsx(ReferenceWorkbooks.EditSheet(Sample, "乡镇", sheet => sheet.Cell(5, 3).SetValue("可能")));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("乡镇", 5, "边远"), (error.Sheet, error.Row, error.Column));
        Assert.Equal("「乡镇」第 5 行「边远」：'可能' 应为 是 或 否", error.MessageZh);
        Assert.Equal("Sheet \"Townships\", row 5, \"Remote\": '可能' must be Yes or No", error.MessageEn);
        Assert.Null(result.Data);
    }

    [Fact]
    public void Import_NamesAnEmptyRequiredCell()
    {
        var result = ReferenceDataImport.FromXlsx(ReferenceWorkbooks.EditSheet(Sample, "导师", sheet => sheet.Cell(3, 4).Clear()));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("导师", 3, "职称"), (error.Sheet, error.Row, error.Column));
        Assert.Equal("「导师」第 3 行「职称」：不能为空", error.MessageZh);
        Assert.Null(result.Data);
    }

    [Fact]
    public void Import_NamesAFieldOutsideTheFive_R3_2()
    {
        var result = ReferenceDataImport.FromXlsx(ReferenceWorkbooks.EditSheet(Sample, "接收单位", sheet => sheet.Cell(3, 2).SetValue("文化旅游")));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("接收单位", 3, "专业领域"), (error.Sheet, error.Row, error.Column));
        Assert.StartsWith("「接收单位」第 3 行「专业领域」：'文化旅游' 不是有效的专业领域", error.MessageZh, StringComparison.Ordinal);
        Assert.Null(result.Data);
    }

    [Fact]
    public void Import_NamesARepeatedRow_AndTheRowItRepeats()
    {
        var result = ReferenceDataImport.FromXlsx(ReferenceWorkbooks.EditSheet(Sample, "科室", sheet =>
        {
            sheet.Cell(5, 1).SetValue("玉溪市人民医院");
            sheet.Cell(5, 2).SetValue("儿科");
        }));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("科室", 5, "科室"), (error.Sheet, error.Row, error.Column));
        Assert.Equal("「科室」第 5 行「科室」：'儿科' 与第 3 行重复", error.MessageZh);
        Assert.Null(result.Data);
    }

    [Fact]
    public void Import_NamesReferencesToCountiesUnitsAndDepartmentsTheFileDoesNotHold()
    {
        var result = ReferenceDataImport.FromXlsx(ReferenceWorkbooks.Edit(Sample, workbook =>
        {
            workbook.Worksheet("乡镇").Cell(2, 1).SetValue("昆明市");
            workbook.Worksheet("科室").Cell(4, 1).SetValue("玉溪第二中学");
            workbook.Worksheet("导师").Cell(2, 2).SetValue("神经内科");
        }));

        Assert.Equal(
            [("乡镇", 2, "县区"), ("科室", 4, "接收单位"), ("导师", 2, "科室"), ("导师", 4, "科室")],
            result.Errors.Select(e => (e.Sheet, e.Row, e.Column)));
        Assert.Equal("「乡镇」第 2 行「县区」：'昆明市' 不在「县区」表中", result.Errors[0].MessageZh);
        Assert.Equal("Sheet \"Mentors\", row 2, \"Department\": '神经内科' is not in the sheet \"Departments\"", result.Errors[2].MessageEn);
        Assert.Null(result.Data);
    }

    [Fact]
    public void Import_ReportsEveryError_NotJustTheFirst()
    {
        var result = ReferenceDataImport.FromXlsx(ReferenceWorkbooks.Edit(Sample, workbook =>
        {
            workbook.Worksheet("县区").Cell(2, 2).SetValue("也许");
            workbook.Worksheet("乡镇").Cell(3, 2).Clear();
            workbook.Worksheet("接收单位").Cell(2, 2).SetValue("体育");
            workbook.Worksheet("导师").Cell(4, 3).SetValue(new string('名', 201));
        }));

        Assert.Equal(
            [("县区", 2, "民族自治县"), ("乡镇", 3, "名称"), ("接收单位", 2, "专业领域"), ("导师", 4, "姓名")],
            result.Errors.Select(e => (e.Sheet, e.Row, e.Column)));
        Assert.Null(result.Data);
    }

    [Fact]
    public void Import_NamesAMissingSheet_AMissingColumn_AndAnUnknownColumn()
    {
        var result = ReferenceDataImport.FromXlsx(ReferenceWorkbooks.Edit(Sample, workbook =>
        {
            workbook.Worksheet("导师").Delete();
            workbook.Worksheet("乡镇").Column(3).Delete();
            workbook.Worksheet("科室").Cell(1, 3).SetValue("电话");
        }));

        Assert.Equal(
            [("乡镇", (int?)1, "边远"), ("科室", 1, "电话"), ("导师", null, null)],
            result.Errors.Select(e => (e.Sheet, e.Row, e.Column)));
        Assert.Equal("缺少工作表「导师」。", result.Errors[2].MessageZh);
        Assert.Equal("「乡镇」第 1 行：缺少列「边远」。", result.Errors[0].MessageZh);
        Assert.Null(result.Data);
    }

    [Fact]
    public void Import_OfAFileThatIsNotAWorkbook_SaysSo()
    {
        var result = ReferenceDataImport.FromXlsx(new MemoryStream("名称,民族自治县\n红塔区,否"u8.ToArray()));

        var error = Assert.Single(result.Errors);
        Assert.Equal("文件不是有效的 Excel（.xlsx）文件。", error.MessageZh);
        Assert.Null(result.Data);
    }

    [Fact]
    public void Import_AcceptsTheFieldsEnglishName()
    {
        var result = ReferenceDataImport.FromXlsx(ReferenceWorkbooks.EditSheet(Sample, "接收单位", sheet => sheet.Cell(3, 2).SetValue("Science and technology")));

        Assert.Empty(result.Errors);
        Assert.Equal(ProfessionalField.ScienceAndTechnology, result.Data!.ReceivingUnits[1].Field);
    }
}
