using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan.Eligibility;
using WorkflowTalent.Plan.Grades;

namespace WorkflowTalent.Server.Tests.Documents;

/// <summary>An application as a test writes it straight into the plan's tables; placed when <see cref="Unit"/> is set.</summary>
public sealed record DocumentCandidate(string Name, string County)
{
    public ApplicationStatus Status { get; init; } = ApplicationStatus.Applied;
    public string Township { get; init; } = "双江街道";
    public string OriginalUnit { get; init; } = "峨山彝族自治县人民医院";
    public string FieldCode { get; init; } = "health";
    public string Ethnicity { get; init; } = "彝族";

    /// <summary>Null as for an application registered before the gender was recorded.</summary>
    public Gender? Gender { get; init; } = WorkflowTalent.Persistence.Plan.Gender.Female;
    public DateOnly BirthDate { get; init; } = new(1990, 5, 1);
    public EducationLevel Education { get; init; } = EducationLevel.Bachelor;
    public string? Title { get; init; } = "主治医师";
    public bool PartyMember { get; init; } = true;
    public string RequestedUnit { get; init; } = DocumentScenario.Hospital;
    public string? TraineeUserName { get; init; }
    public string? Unit { get; init; }
    public string? Department { get; init; }
    public string? Mentor { get; init; }
    public string? ResearchTopic { get; init; }
    public AssessmentGrade? Grade { get; init; }
}
