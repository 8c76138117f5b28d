namespace WorkflowTalent.Documents.SummaryTable;

/// <summary>R6.1: a county's 汇总表 for one batch year; <paramref name="Places"/> is the county's quota (R3.4).</summary>
public sealed record CountySummaryInput(string County, int Year, int Places, IReadOnlyList<SummaryTableRow> Rows);
