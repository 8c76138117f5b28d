namespace WorkflowTalent.Documents.SummaryTable;

/// <summary>Where the import found a column, and its header as the file prints it (for the error messages).</summary>
internal sealed record HeaderCell(int Index, string Text);
