using ClosedXML.Excel;
using WorkflowTalent.Documents.Layout;
using WorkflowTalent.Documents.Localization;

namespace WorkflowTalent.Documents.AssessmentForm;

/// <summary>R14.1–R14.3: the 考核登记表 as a workbook, one trainee per sheet, laid out like the paper form.</summary>
public static class AssessmentFormExport
{
    private const int LastColumn = 4;

    public static byte[] ToXlsx(IReadOnlyList<AssessmentFormInput> forms, DocumentLanguage language = DocumentLanguage.Chinese)
    {
        ArgumentNullException.ThrowIfNull(forms);
        if (forms.Count == 0)
        {
            throw new ArgumentException("At least one trainee is needed for an assessment form.", nameof(forms));
        }

        using var workbook = new XLWorkbook();
        foreach (var form in forms)
        {
            WriteSheet(SheetLayout.AddSheet(workbook, form.Name), AssessmentFormContent.Of(form, language));
        }

        return SheetLayout.ToBytes(workbook);
    }

    private static void WriteSheet(IXLWorksheet sheet, AssessmentFormContent content)
    {
        SheetLayout.Widths(sheet, 18, 26, 18, 26);
        SheetLayout.Title(sheet, 1, LastColumn, content.Title);

        var row = 2;
        foreach (var (label, value, label2, value2) in content.Pairs)
        {
            SheetLayout.Label(sheet.Cell(row, 1), label);
            SheetLayout.Value(sheet.Cell(row, 2), value);
            SheetLayout.Label(sheet.Cell(row, 3), label2);
            SheetLayout.Value(sheet.Cell(row, 4), value2);
            sheet.Row(row++).Height = 24;
        }

        foreach (var (label, value) in content.Wide)
        {
            SheetLayout.Label(sheet.Cell(row, 1), label);
            SheetLayout.Block(sheet, row++, 2, LastColumn, value, 24).Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        }

        foreach (var ((label, text), height) in content.Blocks.Zip([200d, 80d, 90d]))
        {
            SheetLayout.Label(sheet.Cell(row, 1), label);
            SheetLayout.Block(sheet, row++, 2, LastColumn, text, height);
        }

        SheetLayout.Label(sheet.Cell(row, 1), content.GradeLabel);
        SheetLayout.Block(sheet, row++, 2, LastColumn, content.GradeBoxes, 28).Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        SheetLayout.Block(sheet, row, 1, LastColumn, content.Signatures, 40).Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        SheetLayout.Grid(sheet.Range(2, 1, row++, LastColumn));

        SheetLayout.Block(sheet, row, 1, LastColumn, content.Copies, 32);
        SheetLayout.PrintA4(sheet, XLPageOrientation.Portrait);
    }
}
