using WorkflowTalent.Documents.FormParts;
using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.AssessmentForm;

/// <summary>R14.1: a trainee's 考核登记表; <see cref="Grade"/> stays null until the receiving unit has assessed (R14.3).</summary>
public sealed record AssessmentFormInput
{
    public required string Name { get; init; }
    /// <summary>Null when the application predates the recorded gender: the form leaves the box blank for the hand.</summary>
    public required Gender? Gender { get; init; }
    public required string Ethnicity { get; init; }
    public required DateOnly BirthMonth { get; init; }
    public required EducationLevel Education { get; init; }
    public string? ProfessionalTitle { get; init; }
    public required ProfessionalField Field { get; init; }
    public required string County { get; init; }
    public required string WorkUnit { get; init; }
    public required string ReceivingUnit { get; init; }
    public required string Department { get; init; }
    public required string Mentor { get; init; }
    public required string ResearchTopic { get; init; }
    public required DateOnly PeriodStart { get; init; }
    public required DateOnly PeriodEnd { get; init; }
    public required string Summary { get; init; }
    public IReadOnlyList<string> ResearchResults { get; init; } = [];
    public Opinion? ReceivingUnitOpinion { get; init; }
    public AssessmentGrade? Grade { get; init; }
}
