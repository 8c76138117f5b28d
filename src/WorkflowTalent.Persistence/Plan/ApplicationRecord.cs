using WorkflowTalent.Plan.Eligibility;
using WorkflowTalent.Plan.Grades;

namespace WorkflowTalent.Persistence.Plan;

/// <summary>
/// A candidate in a batch, from application (R6.1) through placement (R6.3) to the grade (R14.3). No ID number is
/// stored; the e-mail is for notices only and is never logged.
/// </summary>
public sealed class ApplicationRecord
{
    public required string Id { get; set; }
    public int BatchYear { get; set; }
    public int CountyId { get; set; }
    public int? TownshipId { get; set; }
    public int? OriginalUnitId { get; set; }

    public required string TraineeName { get; set; }

    /// <summary>The trainee's user name once they have an account.</summary>
    public string? TraineeUserName { get; set; }
    public string? TraineeEmail { get; set; }

    /// <summary>R6.1: the forms print it; null for applications registered before it was recorded.</summary>
    public Gender? Gender { get; set; }
    public DateOnly BirthDate { get; set; }
    public EducationLevel Education { get; set; }

    /// <summary>Professional title (职称).</summary>
    public string? Title { get; set; }
    public required string FieldCode { get; set; }

    /// <summary>By its Chinese name, e.g. 彝族 (R5.1 relaxes the age limit for minorities).</summary>
    public required string Ethnicity { get; set; }

    /// <summary>R10.2: a Party member hands the membership certificate letter to the receiving unit.</summary>
    public bool IsPartyMember { get; set; }
    public int? RequestedReceivingUnitId { get; set; }
    public ApplicationStatus Status { get; set; }
    public DateTimeOffset StatusChangedAt { get; set; }

    /// <summary>The selection workflow's instance (R6.1–R6.4).</summary>
    public string? SelectionInstanceId { get; set; }

    // R6.3: the placement.
    public int? ReceivingUnitId { get; set; }
    public int? UnitDepartmentId { get; set; }
    public int? MentorId { get; set; }
    public string? ResearchTopic { get; set; }

    /// <summary>R14.3: the receiving unit's grade at the end.</summary>
    public AssessmentGrade? Grade { get; set; }

    /// <summary>R16.2: the application of the previous batch this one continues.</summary>
    public string? ExtendedFromId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public int Revision { get; set; }
}
