namespace WorkflowTalent.Workflows.Runtime;

/// <summary>The instance after a step, the journal entries the step wrote, and its effects.</summary>
public sealed record StepResult(WorkflowInstance Instance, IReadOnlyList<JournalEntry> Journal, StepEffects Effects);
