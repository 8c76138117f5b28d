namespace WorkflowTalent.Server.Plan;

/// <summary>One thing wrong with a request: where (a JSON path or a setting's name), why, and the requirement when one applies.</summary>
public sealed record PlanProblem(string Path, string Message, string? MessageEn = null, string? RuleId = null);
