using WorkflowTalent.Documents.FormParts;
using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.ApplicationForm;

/// <summary>R6.1: one candidate's 申请表, as the form prints it.</summary>
public sealed record ApplicationFormInput
{
    public required string Name { get; init; }
    /// <summary>Null when the application predates the recorded gender: the form leaves the box blank for the hand.</summary>
    public required Gender? Gender { get; init; }
    public required string Ethnicity { get; init; }
    public required DateOnly BirthMonth { get; init; }
    public required string PoliticalStatus { get; init; }
    public required EducationLevel Education { get; init; }
    public string? ProfessionalTitle { get; init; }
    public required ProfessionalField Field { get; init; }
    public required string WorkUnit { get; init; }
    public required string County { get; init; }
    public required string Township { get; init; }
    public required string RequestedReceivingUnit { get; init; }
    public required string ResumeAndAchievements { get; init; }
    public WorkUnitAttestation? WorkUnitAttestation { get; init; }
    public Opinion? WorkUnitOpinion { get; init; }
    public Opinion? CountyOpinion { get; init; }
    public Opinion? MunicipalOpinion { get; init; }
}
