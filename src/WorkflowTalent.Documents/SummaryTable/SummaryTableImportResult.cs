namespace WorkflowTalent.Documents.SummaryTable;

/// <summary>Either every row of the file, or every error and no rows: an import never takes half a table.</summary>
public sealed record SummaryTableImportResult
{
    private SummaryTableImportResult(IReadOnlyList<SummaryTableRow> rows, IReadOnlyList<ImportError> errors)
    {
        Rows = rows;
        Errors = errors;
    }

    public IReadOnlyList<SummaryTableRow> Rows { get; }
    public IReadOnlyList<ImportError> Errors { get; }
    public bool Succeeded => Errors.Count == 0;

    internal static SummaryTableImportResult Of(IReadOnlyList<SummaryTableRow> rows, IReadOnlyList<ImportError> errors) =>
        errors.Count == 0 ? new(rows, []) : new([], errors);
}
