namespace WorkflowTalent.Cli.Trace;

/// <summary>One numbered requirement of the policy page: its id and the text of its line.</summary>
internal sealed record Requirement(RequirementId Id, string Title);
