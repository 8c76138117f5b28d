using ClosedXML.Excel;

namespace WorkflowTalent.Documents.Layout;

/// <summary>The pieces every paper form shares: a merged title row, bordered grids, header cells and A4 print setup.</summary>
internal static class SheetLayout
{
    private const string FontName = "宋体";

    /// <summary>A table's data rows: room for one line of 11-point text with a margin, as on the printed forms.</summary>
    public const double DataRowHeight = 22;

    public static IXLWorksheet AddSheet(XLWorkbook workbook, string name)
    {
        var sheet = workbook.Worksheets.Add(SheetNames.Unique(workbook, name));
        sheet.Style.Font.FontName = FontName;
        sheet.Style.Font.FontSize = 11;
        sheet.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        return sheet;
    }

    public static void Title(IXLWorksheet sheet, int row, int lastColumn, string text)
    {
        var range = sheet.Range(row, 1, row, lastColumn).Merge();
        range.FirstCell().SetValue(text);
        range.Style.Font.Bold = true;
        range.Style.Font.FontSize = 16;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Alignment.WrapText = true;
        sheet.Row(row).Height = 36;
    }

    public static void HeaderRow(IXLWorksheet sheet, int row, IReadOnlyList<string> headers)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            sheet.Cell(row, i + 1).SetValue(headers[i]);
        }

        var range = sheet.Range(row, 1, row, headers.Count);
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = XLColor.FromArgb(0xF2, 0xF2, 0xF2);
        Centered(range);
        sheet.Row(row).Height = 30;
    }

    /// <summary>A label cell of a label/value form: bold, centred, wrapped.</summary>
    public static void Label(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.Style.Font.Bold = true;
        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        cell.Style.Alignment.WrapText = true;
    }

    /// <summary>A value written as text, so that names, dates like 1985-03 and ids are not reinterpreted by Excel.</summary>
    public static void Value(IXLCell cell, string? text)
    {
        cell.SetValue(text ?? string.Empty);
        cell.Style.Alignment.WrapText = true;
    }

    /// <summary>A long text block (résumé, summary, opinion): merged across columns, top-left aligned, tall.</summary>
    public static IXLRange Block(IXLWorksheet sheet, int row, int firstColumn, int lastColumn, string text, double height)
    {
        var range = sheet.Range(row, firstColumn, row, lastColumn).Merge();
        range.FirstCell().SetValue(text);
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        sheet.Row(row).Height = height;
        return range;
    }

    public static void Centered(IXLRange range)
    {
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Alignment.WrapText = true;
    }

    public static void Grid(IXLRange range)
    {
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
    }

    public static void Widths(IXLWorksheet sheet, params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++)
        {
            sheet.Column(i + 1).Width = widths[i];
        }
    }

    /// <summary>A4, one page wide, centred; a table repeats its title and header rows on every printed page.</summary>
    public static void PrintA4(IXLWorksheet sheet, XLPageOrientation orientation, int? repeatRowsThrough = null)
    {
        var setup = sheet.PageSetup;
        setup.PaperSize = XLPaperSize.A4Paper;
        setup.PageOrientation = orientation;
        setup.FitToPages(1, 0);
        setup.CenterHorizontally = true;
        setup.Margins.Top = 0.6;
        setup.Margins.Bottom = 0.6;
        setup.Margins.Left = 0.5;
        setup.Margins.Right = 0.5;
        if (repeatRowsThrough is int last)
        {
            setup.SetRowsToRepeatAtTop(1, last);
        }
    }

    public static byte[] ToBytes(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
