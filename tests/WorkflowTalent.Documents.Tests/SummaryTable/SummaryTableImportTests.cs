using WorkflowTalent.Documents.Localization;
using WorkflowTalent.Documents.SummaryTable;

namespace WorkflowTalent.Documents.Tests.SummaryTable;

public class SummaryTableImportTests
{
    private static readonly byte[] FiveRows = SummaryTableExport.ToXlsx(TestData.CountySummary(rows: 5));

    [Theory]
    [InlineData(DocumentLanguage.Chinese)]
    [InlineData(DocumentLanguage.English)]
    public void Import_ReturnsTheExportedRows_R6_1(DocumentLanguage language)
    {
        var summary = TestData.CountySummary(rows: 7);

        var result = SummaryTableImport.FromXlsx(new MemoryStream(SummaryTableExport.ToXlsx(summary, language)));

        Assert.Empty(result.Errors);
        Assert.True(result.Succeeded);
        Assert.Equal(summary.Rows, result.Rows);
    }

    [Fact]
    public void Import_NamesRowAndColumn_OfBrokenDate_R6_1()
    {
        var result = SummaryTableImport.FromXlsx(Workbooks.Tamper(FiveRows, sheet => sheet.Cell(7, 5).SetValue("1985-13")));

        var error = Assert.Single(result.Errors);
        Assert.Equal(7, error.Row);
        Assert.Equal("出生年月", error.Column);
        Assert.Equal("第 7 行「出生年月」：'1985-13' 不是有效日期（yyyy-MM）", error.MessageZh);
        Assert.Equal("Row 7, \"Date of birth\": '1985-13' is not a valid date (yyyy-MM)", error.MessageEn);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Import_NamesRowAndColumn_OfMissingRequiredCell_R6_1()
    {
        var result = SummaryTableImport.FromXlsx(Workbooks.Tamper(FiveRows, sheet => sheet.Cell(4, 9).Clear()));

        var error = Assert.Single(result.Errors);
        Assert.Equal((4, "工作单位"), (error.Row, error.Column));
        Assert.Equal("第 4 行「工作单位」：不能为空。", error.MessageZh);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Import_NamesRowAndColumn_OfUnknownEducation_R6_1()
    {
        var result = SummaryTableImport.FromXlsx(Workbooks.Tamper(FiveRows, sheet => sheet.Cell(5, 6).SetValue("中专")));

        var error = Assert.Single(result.Errors);
        Assert.Equal((5, "学历"), (error.Row, error.Column));
        Assert.Equal("第 5 行「学历」：'中专' 不是有效的学历（博士研究生、硕士研究生、大学本科、大学专科）", error.MessageZh);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Import_NamesMissingColumn_InHeaderRow_R6_1()
    {
        var result = SummaryTableImport.FromXlsx(Workbooks.Tamper(FiveRows, sheet => sheet.Column(12).Delete()));

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "是否党员"), (error.Row, error.Column));
        Assert.Equal("第 2 行：缺少列「是否党员」。", error.MessageZh);
        Assert.Equal("Row 2: column \"Party member\" is missing.", error.MessageEn);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Import_NamesUnknownColumn_R6_1()
    {
        var result = SummaryTableImport.FromXlsx(Workbooks.Tamper(FiveRows, sheet => sheet.Cell(2, 15).SetValue("籍贯")));

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "籍贯"), (error.Row, error.Column));
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Import_ReportsEveryError_AndReturnsNoRows_R6_1()
    {
        var result = SummaryTableImport.FromXlsx(Workbooks.Tamper(FiveRows, sheet =>
        {
            sheet.Cell(3, 5).SetValue("1985-13");
            sheet.Cell(4, 2).Clear();
            sheet.Cell(6, 6).SetValue("中专");
            sheet.Cell(7, 11).SetValue("也许");
        }));

        Assert.Equal([(3, "出生年月"), (4, "姓名"), (6, "学历"), (7, "是否边远乡镇")], result.Errors.Select(e => (e.Row!.Value, e.Column!)));
        Assert.False(result.Succeeded);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Import_AcceptsMonthsTypedAsDatesOrWithDots_R6_1()
    {
        var result = SummaryTableImport.FromXlsx(Workbooks.Tamper(FiveRows, sheet =>
        {
            sheet.Cell(3, 5).SetValue(new DateTime(1990, 10, 1));
            sheet.Cell(4, 5).SetValue("1991.11");
            sheet.Cell(5, 6).SetValue("大专");
        }));

        Assert.Empty(result.Errors);
        Assert.Equal(new DateOnly(1990, 10, 1), result.Rows[0].BirthMonth);
        Assert.Equal(new DateOnly(1991, 11, 1), result.Rows[1].BirthMonth);
        Assert.Equal(Terms.EducationLevel.CollegeDiploma, result.Rows[2].Education);
    }

    [Fact]
    public void Import_ForgivesSpacingInHeadersAndValues_R6_1()
    {
        var result = SummaryTableImport.FromXlsx(Workbooks.Tamper(FiveRows, sheet =>
        {
            sheet.Cell(2, 12).SetValue("是否\n党员");
            sheet.Cell(2, 5).SetValue(" 出生 年月 ");
            sheet.Cell(3, 2).SetValue("  李明 ");
        }));

        Assert.Empty(result.Errors);
        Assert.Equal("李明", result.Rows[0].Name);
    }

    [Fact]
    public void Import_SkipsBlankLinesBetweenRows()
    {
        var result = SummaryTableImport.FromXlsx(Workbooks.Tamper(FiveRows, sheet => sheet.Row(5).InsertRowsAbove(1)));

        Assert.Empty(result.Errors);
        Assert.Equal(5, result.Rows.Count);
    }

    [Fact]
    public void Import_RejectsEmptyFile()
    {
        var result = SummaryTableImport.FromXlsx(new MemoryStream());

        var error = Assert.Single(result.Errors);
        Assert.Null(error.Row);
        Assert.Contains("文件为空", error.MessageZh, StringComparison.Ordinal);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Import_RejectsWorkbookWithoutHeaderRow()
    {
        using var workbook = new ClosedXML.Excel.XLWorkbook();
        workbook.Worksheets.Add("Sheet1");
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;

        var result = SummaryTableImport.FromXlsx(stream);

        Assert.Contains("文件为空", Assert.Single(result.Errors).MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_RejectsHeaderWithoutRows_R6_1()
    {
        var empty = SummaryTableExport.ToXlsx(TestData.CountySummary(rows: 0));

        var result = SummaryTableImport.FromXlsx(new MemoryStream(empty));

        Assert.Equal("第 2 行表头之下没有人选数据。", Assert.Single(result.Errors).MessageZh);
    }

    [Fact]
    public void Import_RejectsZipThatIsNotAWorkbook()
    {
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open()))
        {
            writer.Write("not a workbook");
        }

        zip.Position = 0;
        var result = SummaryTableImport.FromXlsx(zip);

        Assert.Equal("文件不是有效的 Excel（.xlsx）文件。", Assert.Single(result.Errors).MessageZh);
    }

    [Fact]
    public void Import_RejectsFileThatIsNotXlsx()
    {
        var result = SummaryTableImport.FromXlsx(new MemoryStream("序号,姓名\n1,李明\n"u8.ToArray()));

        Assert.Equal("文件不是有效的 Excel（.xlsx）文件。", Assert.Single(result.Errors).MessageZh);
    }
}
