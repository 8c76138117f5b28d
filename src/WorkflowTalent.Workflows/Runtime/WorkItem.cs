namespace WorkflowTalent.Workflows.Runtime;

/// <summary>An activity scheduled to run in the current step.</summary>
public sealed record WorkItem(string ActivityId);
