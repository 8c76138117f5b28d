using ClosedXML.Excel;
using WorkflowTalent.Documents.FormParts;
using WorkflowTalent.Documents.Layout;
using WorkflowTalent.Documents.Localization;
using WorkflowTalent.Documents.Terms;
using L = WorkflowTalent.Documents.ApplicationForm.ApplicationFormLabels;

namespace WorkflowTalent.Documents.ApplicationForm;

/// <summary>R6.1: the 申请表, one candidate per sheet, in the paper form's label/value grid.</summary>
public static class ApplicationFormExport
{
    private const int LastColumn = 4;

    public static byte[] ToXlsx(IReadOnlyList<ApplicationFormInput> candidates, DocumentLanguage language = DocumentLanguage.Chinese)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            throw new ArgumentException("At least one candidate is needed for an application form.", nameof(candidates));
        }

        using var workbook = new XLWorkbook();
        foreach (var candidate in candidates)
        {
            WriteSheet(SheetLayout.AddSheet(workbook, candidate.Name), candidate, language);
        }

        return SheetLayout.ToBytes(workbook);
    }

    private static void WriteSheet(IXLWorksheet sheet, ApplicationFormInput form, DocumentLanguage language)
    {
        string T(Text text) => text.In(language);

        SheetLayout.Widths(sheet, 18, 26, 18, 26);
        SheetLayout.Title(sheet, 1, LastColumn, T(L.Title));

        Pair(sheet, 2, T(L.Name), form.Name, T(L.Gender), TermLabels.GenderText(form.Gender, language));
        Pair(sheet, 3, T(L.Ethnicity), form.Ethnicity, T(L.BirthMonth), FormDates.Month(form.BirthMonth));
        Pair(sheet, 4, T(L.PoliticalStatus), form.PoliticalStatus, T(L.Education), TermLabels.EducationLevels[form.Education].In(language));
        Pair(sheet, 5, T(L.ProfessionalTitle), form.ProfessionalTitle, T(L.Field), TermLabels.Fields[form.Field].In(language));
        Wide(sheet, 6, T(L.WorkUnit), form.WorkUnit, 24);
        Pair(sheet, 7, T(L.County), form.County, T(L.Township), form.Township);
        Wide(sheet, 8, T(L.RequestedReceivingUnit), form.RequestedReceivingUnit, 24);
        Wide(sheet, 9, T(L.Resume), form.ResumeAndAchievements, 180);
        Wide(sheet, 10, T(L.WorkUnitOpinion), OpinionText.Of(form.WorkUnitOpinion, language, Attestations(form.WorkUnitAttestation, language)), 120);
        Wide(sheet, 11, T(L.CountyOpinion), OpinionText.Of(form.CountyOpinion, language), 80);
        Wide(sheet, 12, T(L.MunicipalOpinion), OpinionText.Of(form.MunicipalOpinion, language), 80);

        SheetLayout.Grid(sheet.Range(2, 1, 12, LastColumn));
        SheetLayout.PrintA4(sheet, XLPageOrientation.Portrait);
    }

    private static void Pair(IXLWorksheet sheet, int row, string leftLabel, string? leftValue, string rightLabel, string? rightValue)
    {
        SheetLayout.Label(sheet.Cell(row, 1), leftLabel);
        SheetLayout.Value(sheet.Cell(row, 2), leftValue);
        SheetLayout.Label(sheet.Cell(row, 3), rightLabel);
        SheetLayout.Value(sheet.Cell(row, 4), rightValue);
        sheet.Row(row).Height = 24;
    }

    private static void Wide(IXLWorksheet sheet, int row, string label, string value, double height)
    {
        SheetLayout.Label(sheet.Cell(row, 1), label);
        SheetLayout.Block(sheet, row, 2, LastColumn, value, height);
    }

    // R5.1: the judgement criteria, ticked by the recommending unit; all blank until it has attested.
    private static string[] Attestations(WorkUnitAttestation? attestation, DocumentLanguage language) =>
    [
        L.WeRecommend.In(language),
        CheckBox.Of(attestation?.GoodPoliticalAndProfessionalConduct == true, L.GoodConduct.In(language)) + "  " +
        CheckBox.Of(attestation?.TechnicalBackbone == true, L.TechnicalBackbone.In(language)),
        CheckBox.Of(attestation?.DevelopmentPotential == true, L.DevelopmentPotential.In(language)) + "  " +
        CheckBox.Of(attestation?.GoodHealth == true, L.GoodHealth.In(language)),
    ];
}
