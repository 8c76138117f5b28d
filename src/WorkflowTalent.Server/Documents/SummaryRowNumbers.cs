using ClosedXML.Excel;
using WorkflowTalent.Documents.SummaryTable;

namespace WorkflowTalent.Server.Documents;

/// <summary>
/// The Excel row of each row <see cref="SummaryTableImport"/> returned (its rows carry none), so that a refusal names
/// the row as the county sees it: the n-th returned row is the n-th row below the header whose 姓名 cell holds its name.
/// </summary>
internal static class SummaryRowNumbers
{
    // The import looks for the header this far down, below the title.
    private const int HeaderSearchRows = 10;
    private static readonly string[] NameHeaders = ["姓名", "Name"];

    public static IReadOnlyList<int?> Locate(byte[] xlsx, IReadOnlyList<SummaryTableRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream(xlsx);
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheets.First();
        var header = sheet.CellsUsed()
            .Where(c => c.Address.RowNumber <= HeaderSearchRows)
            .FirstOrDefault(c => NameHeaders.Contains(string.Concat(c.GetString().Where(ch => !char.IsWhiteSpace(ch))), StringComparer.OrdinalIgnoreCase));
        if (header is null)
            return [.. rows.Select(_ => (int?)null)];

        var column = header.Address.ColumnNumber;
        var last = sheet.LastRowUsed()?.RowNumber() ?? 0;
        var numbers = new List<int?>(rows.Count);
        var row = header.Address.RowNumber;
        foreach (var wanted in rows)
        {
            do
            {
                row++;
            }
            while (row <= last && sheet.Cell(row, column).GetString().Trim() != wanted.Name);
            numbers.Add(row <= last ? row : null);
        }

        return numbers;
    }
}
