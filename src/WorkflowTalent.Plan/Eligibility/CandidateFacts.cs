using WorkflowTalent.Plan.ReferenceData;

namespace WorkflowTalent.Plan.Eligibility;

/// <summary>
/// The checkable facts about a candidate (R5.1, R3.2). <see cref="Field"/> is null when the candidate works outside
/// the plan's five fields.
/// </summary>
public sealed record CandidateFacts(
    DateOnly BirthDate,
    EducationLevel Education,
    Ethnicity Ethnicity,
    bool FromRemoteTownship,
    Field? Field,
    UnitLevel EmployerLevel);
