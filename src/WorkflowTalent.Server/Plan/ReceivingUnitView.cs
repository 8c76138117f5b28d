namespace WorkflowTalent.Server.Plan;

/// <summary>A receiving unit with its departments (科室) and their mentors (R6.3).</summary>
public sealed record ReceivingUnitView(string Name, string Field, string CompetentDepartment, IReadOnlyList<UnitDepartmentView> Departments);

public sealed record UnitDepartmentView(string Name, IReadOnlyList<MentorView> Mentors);

public sealed record MentorView(string Name, string Title);
