namespace WorkflowTalent.Plan.ReferenceData;

/// <summary>A department (科室) of a receiving unit, where a trainee is placed (R6.3), with its mentors.</summary>
public sealed record UnitDepartment(string Name, IReadOnlyList<Mentor> Mentors);
