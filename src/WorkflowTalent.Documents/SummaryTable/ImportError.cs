namespace WorkflowTalent.Documents.SummaryTable;

/// <summary>
/// One problem in an imported file. <paramref name="Row"/> is the row number as Excel shows it (null when the problem is
/// the file as a whole); <paramref name="Column"/> is the column's header as the file prints it (null when no column is meant).
/// </summary>
public sealed record ImportError(int? Row, string? Column, string MessageZh, string MessageEn);
