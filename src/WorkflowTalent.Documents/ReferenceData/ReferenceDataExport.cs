using ClosedXML.Excel;
using WorkflowTalent.Documents.Layout;
using WorkflowTalent.Documents.Localization;
using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.ReferenceData;

/// <summary>
/// The plan's reference data as one workbook, a sheet per kind (县区, 乡镇, 接收单位, 科室, 导师), for administrators to
/// edit and import again with <see cref="ReferenceDataImport"/>.
/// </summary>
public static class ReferenceDataExport
{
    public static byte[] ToXlsx(ReferenceDataSet data, DocumentLanguage language = DocumentLanguage.Chinese)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var workbook = new XLWorkbook();
        Sheet(workbook, ReferenceSheet.Counties, language,
            data.Counties.Select(c => new[] { c.Name, TermLabels.YesNo(c.IsEthnicAutonomous, language) }));
        Sheet(workbook, ReferenceSheet.Townships, language,
            data.Townships.Select(t => new[] { t.County, t.Name, TermLabels.YesNo(t.IsRemote, language) }));
        Sheet(workbook, ReferenceSheet.ReceivingUnits, language,
            data.ReceivingUnits.Select(u => new[] { u.Name, TermLabels.Fields[u.Field].In(language), u.CompetentDepartment }));
        Sheet(workbook, ReferenceSheet.Departments, language,
            data.Departments.Select(d => new[] { d.ReceivingUnit, d.Name }));
        Sheet(workbook, ReferenceSheet.Mentors, language,
            data.Mentors.Select(m => new[] { m.ReceivingUnit, m.Department, m.Name, m.Title }));
        return SheetLayout.ToBytes(workbook);
    }

    private static void Sheet(XLWorkbook workbook, ReferenceSheet kind, DocumentLanguage language, IEnumerable<string[]> rows)
    {
        var (_, name, columns) = ReferenceDataLayout.Sheets.Single(s => s.Sheet == kind);
        var sheet = SheetLayout.AddSheet(workbook, name.In(language));
        SheetLayout.Widths(sheet, [.. columns.Select(c => c.Width)]);
        SheetLayout.HeaderRow(sheet, ReferenceDataLayout.HeaderRow, [.. columns.Select(c => c.Header.In(language))]);
        var row = ReferenceDataLayout.FirstDataRow;
        foreach (var values in rows)
        {
            for (var c = 0; c < values.Length; c++)
            {
                SheetLayout.Value(sheet.Cell(row, c + 1), values[c]);
            }

            row++;
        }

        SheetLayout.Grid(sheet.Range(ReferenceDataLayout.HeaderRow, 1, Math.Max(row - 1, ReferenceDataLayout.HeaderRow), columns.Count));
        sheet.SheetView.FreezeRows(ReferenceDataLayout.HeaderRow);
        SheetLayout.PrintA4(sheet, XLPageOrientation.Portrait, ReferenceDataLayout.HeaderRow);
    }
}
