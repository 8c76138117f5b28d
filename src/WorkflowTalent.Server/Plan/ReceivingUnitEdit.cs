namespace WorkflowTalent.Server.Plan;

/// <summary>
/// A receiving unit as an administrator sets it: field code, competent department and the complete list of
/// departments with their mentors. Departments and mentors left out are removed unless a placement names them.
/// </summary>
public sealed record ReceivingUnitEdit(string? Field, string? CompetentDepartment, IReadOnlyList<DepartmentEdit>? Departments);

public sealed record DepartmentEdit(string? Name, IReadOnlyList<MentorEdit>? Mentors);

public sealed record MentorEdit(string? Name, string? Title);
