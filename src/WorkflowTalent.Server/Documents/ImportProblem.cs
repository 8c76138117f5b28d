namespace WorkflowTalent.Server.Documents;

/// <summary>
/// One problem of an imported 汇总表: the row as Excel numbers it and the column's header (null when the file or the
/// county as a whole is meant), the message in Chinese and English, and the requirement when one refuses it.
/// </summary>
public sealed record ImportProblem(int? Row, string? Column, string Message, string MessageEn, string? RuleId = null);
