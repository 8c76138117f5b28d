using ClosedXML.Excel;

namespace WorkflowTalent.Documents.Tests;

/// <summary>Opens exported bytes with ClosedXML, and rewrites cells to make broken files for the import.</summary>
internal static class Workbooks
{
    public static XLWorkbook Open(byte[] xlsx) => new(new MemoryStream(xlsx));

    public static IReadOnlyList<string> RowTexts(IXLWorksheet sheet, int row, int lastColumn) =>
        [.. Enumerable.Range(1, lastColumn).Select(c => sheet.Cell(row, c).GetString())];

    public static IReadOnlyList<string> MergedRanges(IXLWorksheet sheet) =>
        [.. sheet.MergedRanges.Select(r => r.RangeAddress.ToStringRelative())];

    /// <summary>The text of the cell (merged or not) holding <paramref name="contains"/>, or null.</summary>
    public static IXLCell? Find(IXLWorksheet sheet, string contains) =>
        sheet.CellsUsed().FirstOrDefault(c => c.GetString().Contains(contains, StringComparison.Ordinal));

    public static MemoryStream Tamper(byte[] xlsx, Action<IXLWorksheet> change)
    {
        using var workbook = Open(xlsx);
        change(workbook.Worksheet(1));
        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }
}
