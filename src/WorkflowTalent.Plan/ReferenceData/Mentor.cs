namespace WorkflowTalent.Plan.ReferenceData;

/// <summary>A mentor (导师) the receiving unit names for a trainee (R6.3, R9.1).</summary>
public sealed record Mentor(string Name, string Title);
