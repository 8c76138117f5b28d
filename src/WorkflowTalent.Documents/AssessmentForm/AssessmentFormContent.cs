using System.Globalization;
using WorkflowTalent.Documents.FormParts;
using WorkflowTalent.Documents.Layout;
using WorkflowTalent.Documents.Localization;
using WorkflowTalent.Documents.Terms;
using L = WorkflowTalent.Documents.AssessmentForm.AssessmentFormLabels;

namespace WorkflowTalent.Documents.AssessmentForm;

/// <summary>The 考核登记表's text, composed once so that the workbook and the print view say the same thing.</summary>
internal sealed record AssessmentFormContent(
    string Title,
    IReadOnlyList<(string Label, string Value, string Label2, string Value2)> Pairs,
    IReadOnlyList<(string Label, string Value)> Wide,
    IReadOnlyList<(string Label, string Text)> Blocks,
    string GradeLabel,
    string GradeBoxes,
    string Signatures,
    string Copies)
{
    public static AssessmentFormContent Of(AssessmentFormInput form, DocumentLanguage language)
    {
        string T(Text text) => text.In(language);
        var period = FormDates.Day(form.PeriodStart, language) + (language == DocumentLanguage.English ? " to " : " 至 ") + FormDates.Day(form.PeriodEnd, language);

        return new(
            T(L.Title),
            [
                (T(L.Name), form.Name, T(L.Gender), TermLabels.GenderText(form.Gender, language)),
                (T(L.Ethnicity), form.Ethnicity, T(L.BirthMonth), FormDates.Month(form.BirthMonth)),
                (T(L.Education), TermLabels.EducationLevels[form.Education].In(language), T(L.ProfessionalTitle), form.ProfessionalTitle ?? string.Empty),
                (T(L.County), form.County, T(L.Field), TermLabels.Fields[form.Field].In(language)),
                (T(L.Department), form.Department, T(L.Mentor), form.Mentor),
            ],
            [
                (T(L.WorkUnit), form.WorkUnit),
                (T(L.ReceivingUnit), form.ReceivingUnit),
                (T(L.Period), period),
                (T(L.ResearchTopic), form.ResearchTopic),
            ],
            [
                (T(L.Summary), form.Summary + "\n\n" + T(L.TraineeSignature) + "            " + FormDates.SignedOn(null, language)),
                (T(L.ResearchResults), ResearchResults(form.ResearchResults, language)),
                (T(L.ReceivingUnitOpinion), form.ReceivingUnitOpinion?.Text ?? string.Empty),
            ],
            T(L.Grade),
            TickGrade(form.Grade, language),
            T(L.MentorSignature) + "            " + T(L.ReceivingUnitSeal) + (form.ReceivingUnitOpinion?.Signatory ?? string.Empty)
                + "            " + FormDates.SignedOn(form.ReceivingUnitOpinion?.SignedOn, language),
            T(L.Copies));
    }

    // R13.1: results achieved in training count for promotion, so each is listed on the form.
    private static string ResearchResults(IReadOnlyList<string> results, DocumentLanguage language) =>
        results.Count == 0
            ? L.NoResearchResults.In(language)
            : string.Join('\n', results.Select((result, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {result}")));

    // R14.3: all four grades are printed; the one given is ticked.
    private static string TickGrade(AssessmentGrade? grade, DocumentLanguage language) =>
        string.Join("    ", Enum.GetValues<AssessmentGrade>().Select(g => CheckBox.Of(g == grade, TermLabels.Grades[g].In(language))));
}
