using WorkflowTalent.Documents.Terms;
using WorkflowTalent.Plan.ReferenceData;
using DocumentEducation = WorkflowTalent.Documents.Terms.EducationLevel;
using DocumentGender = WorkflowTalent.Documents.Terms.Gender;
using DocumentGrade = WorkflowTalent.Documents.Terms.AssessmentGrade;
using PlanEducation = WorkflowTalent.Plan.Eligibility.EducationLevel;
using PlanGender = WorkflowTalent.Persistence.Plan.Gender;
using PlanGrade = WorkflowTalent.Plan.Grades.AssessmentGrade;

namespace WorkflowTalent.Server.Documents;

/// <summary>Between the plan's closed sets (as stored) and the forms' printed ones.</summary>
internal static class DocumentTerms
{
    /// <summary>
    /// R5.1: the forms print 大专 and above only. A stored level below it cannot reach a form: eligibility refuses it
    /// when the application is registered, so meeting one here is a fault, not a request to answer.
    /// </summary>
    public static DocumentEducation ToDocument(PlanEducation level) => level switch
    {
        PlanEducation.JuniorCollege => DocumentEducation.CollegeDiploma,
        PlanEducation.Bachelor => DocumentEducation.Bachelor,
        PlanEducation.Master => DocumentEducation.Master,
        PlanEducation.Doctorate => DocumentEducation.Doctorate,
        _ => throw new InvalidOperationException($"Education {level} is below R5.1's minimum and is printed on no form."),
    };

    public static PlanEducation ToPlan(DocumentEducation level) => level switch
    {
        DocumentEducation.CollegeDiploma => PlanEducation.JuniorCollege,
        DocumentEducation.Bachelor => PlanEducation.Bachelor,
        DocumentEducation.Master => PlanEducation.Master,
        DocumentEducation.Doctorate => PlanEducation.Doctorate,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>R6.1: the forms print the gender; an application registered before it was recorded leaves the box blank.</summary>
    public static DocumentGender? ToDocument(PlanGender? gender) => gender switch
    {
        null => null,
        PlanGender.Male => DocumentGender.Male,
        PlanGender.Female => DocumentGender.Female,
        _ => throw new ArgumentOutOfRangeException(nameof(gender), gender, null),
    };

    /// <summary>A 汇总表 row's gender as a registration request spells it (male, female); the import requires the column.</summary>
    public static string? ToRequest(DocumentGender? gender) => gender switch
    {
        null => null,
        DocumentGender.Male => "male",
        DocumentGender.Female => "female",
        _ => throw new ArgumentOutOfRangeException(nameof(gender), gender, null),
    };

    /// <summary>R3.2: the five fields, by the codes of <see cref="Field"/>.</summary>
    public static ProfessionalField ToDocument(string fieldCode) =>
        Fields.FirstOrDefault(f => f.Plan.Code == fieldCode) is { Plan: not null } match
            ? match.Document
            : throw new InvalidOperationException($"Field '{fieldCode}' is not one of R3.2's five.");

    public static Field ToPlan(ProfessionalField field) => Fields.Single(f => f.Document == field).Plan;

    public static DocumentGrade? ToDocument(PlanGrade? grade) => grade switch
    {
        null => null,
        PlanGrade.Excellent => DocumentGrade.Excellent,
        PlanGrade.Pass => DocumentGrade.Pass,
        PlanGrade.BasicPass => DocumentGrade.BasicPass,
        PlanGrade.Fail => DocumentGrade.Fail,
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, null),
    };

    private static readonly (Field Plan, ProfessionalField Document)[] Fields =
    [
        (Field.Education, ProfessionalField.Education),
        (Field.Health, ProfessionalField.Health),
        (Field.Agriculture, ProfessionalField.Agriculture),
        (Field.UrbanConstructionAndPlanning, ProfessionalField.UrbanConstructionAndPlanning),
        (Field.ScienceAndTechnology, ProfessionalField.ScienceAndTechnology),
    ];
}
