using ClosedXML.Excel;
using WorkflowTalent.Documents.Layout;
using WorkflowTalent.Documents.Localization;

namespace WorkflowTalent.Documents.SummaryTable;

/// <summary>
/// R6.1: reads a county's 汇总表 in the layout <see cref="SummaryTableExport"/> writes (Chinese or English headers).
/// Every problem is reported, each with its Excel row and column header, and no row is returned while any remains.
/// </summary>
public static class SummaryTableImport
{
    // The header row is looked for near the top, below the title (and any note a county typed above it).
    private const int HeaderSearchRows = 10;
    private static readonly Text NameHeader = SummaryTableLayout.Header(SummaryColumn.Name);

    public static SummaryTableImportResult FromXlsx(Stream xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        var (outcome, workbook) = WorkbookFile.Open(xlsx);
        if (outcome == WorkbookFile.Outcome.Empty)
        {
            return Failed(ImportMessages.EmptyFile());
        }

        if (workbook is null)
        {
            return Failed(ImportMessages.NotAnXlsxFile());
        }

        using (workbook)
        {
            return Read(workbook.Worksheets.First());
        }
    }

    private static SummaryTableImportResult Read(IXLWorksheet sheet)
    {
        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 0;
        var headerRow = Enumerable.Range(1, Math.Min(lastRow, HeaderSearchRows))
            .FirstOrDefault(r => sheet.Row(r).CellsUsed().Any(c => NameHeader.Matches(c.GetString().Trim())));
        if (headerRow == 0)
        {
            return Failed(ImportMessages.EmptyFile());
        }

        var errors = new List<ImportError>();
        var columns = MapHeader(sheet.Row(headerRow), errors);
        var rows = new List<SummaryTableRow>();
        for (var r = headerRow + 1; r <= lastRow; r++)
        {
            var row = sheet.Row(r);
            if (IsFooter(row))
            {
                break;
            }

            if (columns.Values.All(c => row.Cell(c.Index).IsEmpty()))
            {
                continue;
            }

            if (SummaryRowParser.Parse(row, columns, errors) is SummaryTableRow parsed)
            {
                rows.Add(parsed);
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(ImportMessages.NoRows(headerRow));
        }

        return SummaryTableImportResult.Of(rows, errors);
    }

    private static Dictionary<SummaryColumn, HeaderCell> MapHeader(IXLRow headerRow, List<ImportError> errors)
    {
        var found = new Dictionary<SummaryColumn, HeaderCell>();
        foreach (var cell in headerRow.CellsUsed())
        {
            var text = cell.GetString().Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var match = SummaryTableLayout.Columns.FirstOrDefault(c => c.Header.Matches(text));
            if (match.Header == default)
            {
                errors.Add(ImportMessages.UnknownColumn(headerRow.RowNumber(), text));
            }
            else if (!found.TryAdd(match.Column, new HeaderCell(cell.Address.ColumnNumber, text)))
            {
                errors.Add(ImportMessages.DuplicateColumn(headerRow.RowNumber(), text));
            }
        }

        // Optional columns (序号, 职称, 备注) may be left out; a required one may not.
        foreach (var column in SummaryTableLayout.Columns.Where(c => c.Required && !found.ContainsKey(c.Column)))
        {
            errors.Add(ImportMessages.MissingColumn(headerRow.RowNumber(), column.Header));
        }

        return found;
    }

    private static bool IsFooter(IXLRow row)
    {
        var first = row.Cell(1).GetString().Trim();
        return first.StartsWith(SummaryTableLayout.FooterMarker.Zh, StringComparison.Ordinal)
            || first.StartsWith(SummaryTableLayout.FooterMarker.En, StringComparison.OrdinalIgnoreCase);
    }

    private static SummaryTableImportResult Failed(ImportError error) => SummaryTableImportResult.Of([], [error]);
}
