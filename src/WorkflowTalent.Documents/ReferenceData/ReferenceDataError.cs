namespace WorkflowTalent.Documents.ReferenceData;

/// <summary>
/// One problem of an imported reference-data workbook. <paramref name="Sheet"/> and <paramref name="Column"/> are the
/// Chinese names (县区, 边远) whatever language the file is in; <paramref name="Row"/> is the row as Excel numbers it.
/// Each is null when the problem is not in one sheet, row or column.
/// </summary>
public sealed record ReferenceDataError(string? Sheet, int? Row, string? Column, string MessageZh, string MessageEn)
{
    /// <summary>
    /// A problem found outside the file (e.g. by checking it against the database), at a cell the import located:
    /// <paramref name="column"/> is the column's Chinese header; the messages say what is wrong with the value.
    /// </summary>
    public static ReferenceDataError Cell(ReferenceSheet sheet, int row, string column, string problemZh, string problemEn)
    {
        var header = ReferenceDataLayout.Headers(sheet).Single(h => h.Zh == column);
        return ReferenceDataMessages.At(ReferenceDataLayout.SheetName(sheet), row, header, problemZh, problemEn);
    }
}
