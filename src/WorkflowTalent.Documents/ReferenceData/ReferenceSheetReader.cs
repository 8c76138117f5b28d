using ClosedXML.Excel;
using WorkflowTalent.Documents.Localization;
using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.ReferenceData;

/// <summary>
/// Reads the rows of one sheet of the reference-data workbook, found by its Chinese or English name, its columns by
/// their headers in row 1. Every bad header and cell adds an error; a row with any is not returned.
/// </summary>
internal sealed class ReferenceSheetReader(XLWorkbook workbook, List<ReferenceDataError> errors)
{
    public List<(T Value, int Row)> Read<T>(ReferenceSheet kind, Func<Cells, T?> parse)
        where T : class
    {
        var (_, name, columns) = ReferenceDataLayout.Sheets.Single(s => s.Sheet == kind);
        var sheet = workbook.Worksheets.FirstOrDefault(w => name.Matches(w.Name));
        if (sheet is null)
        {
            errors.Add(ReferenceDataMessages.MissingSheet(name));
            return [];
        }

        var headers = MapHeader(sheet.Row(ReferenceDataLayout.HeaderRow), name, [.. columns.Select(c => c.Header)]);
        var complete = headers.Count == columns.Count;
        var rows = new List<(T, int)>();
        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 0;
        for (var r = ReferenceDataLayout.FirstDataRow; r <= lastRow; r++)
        {
            var row = sheet.Row(r);
            if (headers.Values.All(column => row.Cell(column).GetString().Trim().Length == 0))
            {
                continue;
            }

            var before = errors.Count;
            var value = parse(new Cells(row, name, headers, errors));
            // A missing column is reported once, at the header; the rows' other cells are still checked.
            if (value is not null && complete && errors.Count == before)
            {
                rows.Add((value, r));
            }
        }

        return rows;
    }

    /// <summary>
    /// The values the rows of a sheet hold in the given columns, joined, whether or not the rows are valid: what a
    /// row of another sheet may refer to (a bad flag on a county does not make its townships' county unknown). Null
    /// when the sheet or a column is missing, which is reported already and leaves nothing to check against.
    /// </summary>
    public HashSet<string>? Keys(ReferenceSheet kind, params Text[] columns)
    {
        var name = ReferenceDataLayout.SheetName(kind);
        var sheet = workbook.Worksheets.FirstOrDefault(w => name.Matches(w.Name));
        if (sheet is null)
        {
            return null;
        }

        var header = sheet.Row(ReferenceDataLayout.HeaderRow).CellsUsed().ToList();
        var found = columns.Select(c => header.FirstOrDefault(h => c.Matches(h.GetString().Trim()))?.Address.ColumnNumber).ToList();
        if (found.Any(c => c is null))
        {
            return null;
        }

        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 0;
        return [.. Enumerable.Range(ReferenceDataLayout.FirstDataRow, Math.Max(0, lastRow - ReferenceDataLayout.FirstDataRow + 1))
            .Select(r => Key([.. found.Select(c => sheet.Cell(r, c!.Value).GetString().Trim())]))];
    }

    public static string Key(params string[] values) => string.Join('\u001f', values);

    private Dictionary<Text, int> MapHeader(IXLRow headerRow, Text sheet, IReadOnlyList<Text> wanted)
    {
        var found = new Dictionary<Text, int>();
        foreach (var cell in headerRow.CellsUsed())
        {
            var text = cell.GetString().Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var match = wanted.FirstOrDefault(h => h.Matches(text));
            if (match == default)
            {
                errors.Add(ReferenceDataMessages.UnknownColumn(sheet, text));
            }
            else if (!found.TryAdd(match, cell.Address.ColumnNumber))
            {
                errors.Add(ReferenceDataMessages.DuplicateColumn(sheet, text));
            }
        }

        foreach (var header in wanted.Where(h => !found.ContainsKey(h)))
        {
            errors.Add(ReferenceDataMessages.MissingColumn(sheet, header));
        }

        return found;
    }

    /// <summary>The cells of one row; each accessor returns null and records an error when its cell is not valid.</summary>
    internal sealed class Cells(IXLRow row, Text sheet, IReadOnlyDictionary<Text, int> headers, List<ReferenceDataError> errors)
    {
        private readonly int rowNumber = row.RowNumber();

        public string? Value(Text header)
        {
            if (!headers.TryGetValue(header, out var column))
            {
                return null;
            }

            var text = row.Cell(column).GetString().Trim();
            if (text.Length == 0)
            {
                errors.Add(ReferenceDataMessages.Required(sheet, rowNumber, header));
                return null;
            }

            if (text.Length > ReferenceDataLayout.MaxLength)
            {
                errors.Add(ReferenceDataMessages.TooLong(sheet, rowNumber, header));
                return null;
            }

            return text;
        }

        public bool? YesNo(Text header)
        {
            var text = Value(header);
            if (text is null)
            {
                return null;
            }

            if (TermLabels.TryParseYesNo(text, out var value))
            {
                return value;
            }

            errors.Add(ReferenceDataMessages.NotYesNo(sheet, rowNumber, header, text));
            return null;
        }

        public ProfessionalField? Field(Text header)
        {
            var text = Value(header);
            if (text is null)
            {
                return null;
            }

            if (TermLabels.TryParse(TermLabels.Fields, text, out var field))
            {
                return field;
            }

            errors.Add(ReferenceDataMessages.NotAField(sheet, rowNumber, header, text));
            return null;
        }
    }
}
