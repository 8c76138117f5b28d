using WorkflowTalent.Documents.ApplicationForm;
using WorkflowTalent.Documents.AssessmentForm;
using WorkflowTalent.Documents.FinalList;
using WorkflowTalent.Documents.Localization;
using WorkflowTalent.Documents.SummaryTable;
using WorkflowTalent.Persistence.Plan;

namespace WorkflowTalent.Server.Documents;

/// <summary>
/// What the forms print of a stored application. What an application does not store (the résumé, the written summary,
/// the reviewers' opinions, a political status other than Party membership) is left blank for the hand that signs.
/// </summary>
internal static class DocumentInputs
{
    public static SummaryTableRow ToSummaryRow(ApplicationDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var application = document.Application;
        return new SummaryTableRow
        {
            Name = application.TraineeName,
            Gender = DocumentTerms.ToDocument(application.Gender),
            Ethnicity = application.Ethnicity,
            BirthMonth = Month(application.BirthDate),
            Education = DocumentTerms.ToDocument(application.Education),
            ProfessionalTitle = application.Title,
            Field = DocumentTerms.ToDocument(application.FieldCode),
            WorkUnit = document.OriginalUnit?.Name ?? string.Empty,
            Township = document.Township?.Name ?? string.Empty,
            RemoteTownship = document.Township?.IsRemote == true,
            PartyMember = application.IsPartyMember,
            RequestedReceivingUnit = document.RequestedUnit?.Name ?? string.Empty,
        };
    }

    public static ApplicationFormInput ToApplicationForm(ApplicationDocument document, DocumentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(document);
        var application = document.Application;
        return new ApplicationFormInput
        {
            Name = application.TraineeName,
            Gender = DocumentTerms.ToDocument(application.Gender),
            Ethnicity = application.Ethnicity,
            BirthMonth = Month(application.BirthDate),
            PoliticalStatus = PoliticalStatus(application, language),
            Education = DocumentTerms.ToDocument(application.Education),
            ProfessionalTitle = application.Title,
            Field = DocumentTerms.ToDocument(application.FieldCode),
            WorkUnit = document.OriginalUnit?.Name ?? string.Empty,
            County = CountyName(document.County, language),
            Township = document.Township?.Name ?? string.Empty,
            RequestedReceivingUnit = document.RequestedUnit?.Name ?? string.Empty,
            ResumeAndAchievements = string.Empty,
        };
    }

    /// <summary>R6.3, R6.4: only a placed application (<see cref="ApplicationDocument.IsPlaced"/>) has a line.</summary>
    public static FinalListEntry ToFinalListEntry(ApplicationDocument document, DocumentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new FinalListEntry
        {
            Name = document.Application.TraineeName,
            County = CountyName(document.County, language),
            WorkUnit = document.OriginalUnit?.Name ?? string.Empty,
            Field = DocumentTerms.ToDocument(document.Application.FieldCode),
            ReceivingUnit = document.ReceivingUnit!.Name,
            Department = document.Department!.Name,
            Mentor = document.Mentor!.Name,
            ResearchTopic = document.Application.ResearchTopic ?? string.Empty,
        };
    }

    /// <summary>R14.1: the form of a placed trainee; the period is the batch's (R3.3), the grade the receiving unit's (R14.3).</summary>
    public static AssessmentFormInput ToAssessmentForm(ApplicationDocument document, BatchRecord batch, DocumentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(batch);
        var application = document.Application;
        return new AssessmentFormInput
        {
            Name = application.TraineeName,
            Gender = DocumentTerms.ToDocument(application.Gender),
            Ethnicity = application.Ethnicity,
            BirthMonth = Month(application.BirthDate),
            Education = DocumentTerms.ToDocument(application.Education),
            ProfessionalTitle = application.Title,
            Field = DocumentTerms.ToDocument(application.FieldCode),
            County = CountyName(document.County, language),
            WorkUnit = document.OriginalUnit?.Name ?? string.Empty,
            ReceivingUnit = document.ReceivingUnit!.Name,
            Department = document.Department!.Name,
            Mentor = document.Mentor!.Name,
            ResearchTopic = application.ResearchTopic ?? string.Empty,
            PeriodStart = batch.TrainingStart,
            PeriodEnd = batch.TrainingEnd,
            Summary = string.Empty,
            Grade = DocumentTerms.ToDocument(application.Grade),
        };
    }

    public static string CountyName(CountyRecord county, DocumentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(county);
        return language == DocumentLanguage.English ? county.EnglishName : county.Name;
    }

    // 出生年月: the forms print the month only.
    private static DateOnly Month(DateOnly birthDate) => new(birthDate.Year, birthDate.Month, 1);

    // R10.2: Party membership is stored; any other political status is not, so it is left for the form's signer.
    private static string PoliticalStatus(ApplicationRecord application, DocumentLanguage language) =>
        !application.IsPartyMember ? string.Empty : language == DocumentLanguage.English ? "CPC member" : "中共党员";
}
