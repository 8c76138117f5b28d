using ClosedXML.Excel;
using WorkflowTalent.Documents.Layout;
using WorkflowTalent.Documents.Localization;
using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.SummaryTable;

/// <summary>R6.1: a county's 汇总表 for one batch, the table the county Organisation Department submits.</summary>
public static class SummaryTableExport
{
    private static readonly Text SheetName = new("汇总表", "Summary");

    public static byte[] ToXlsx(CountySummaryInput summary, DocumentLanguage language = DocumentLanguage.Chinese)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var columns = SummaryTableLayout.Columns;
        var lastColumn = columns.Count;

        using var workbook = new XLWorkbook();
        var sheet = SheetLayout.AddSheet(workbook, SheetName.In(language));
        SheetLayout.Widths(sheet, [.. columns.Select(c => c.Width)]);
        SheetLayout.Title(sheet, SummaryTableLayout.TitleRow, lastColumn, SummaryTableLayout.Title(summary.County, summary.Year, language));
        SheetLayout.HeaderRow(sheet, SummaryTableLayout.HeaderRow, [.. columns.Select(c => c.Header.In(language))]);

        var row = SummaryTableLayout.FirstDataRow;
        foreach (var (entry, index) in summary.Rows.Select((entry, index) => (entry, index)))
        {
            sheet.Cell(row, 1).SetValue(index + 1);
            for (var c = 1; c < lastColumn; c++)
            {
                SheetLayout.Value(sheet.Cell(row, c + 1), CellText(entry, columns[c].Column, language));
            }

            SheetLayout.Centered(sheet.Range(row, 1, row, 8));
            SheetLayout.Centered(sheet.Range(row, 10, row, 12));
            sheet.Row(row).Height = SheetLayout.DataRowHeight;
            row++;
        }

        var footer = sheet.Range(row, 1, row, lastColumn).Merge();
        footer.FirstCell().SetValue(SummaryTableLayout.Footer(summary.Rows.Count, summary.Places, language));
        footer.Style.Font.Bold = true;
        sheet.Row(row).Height = 24;

        SheetLayout.Grid(sheet.Range(SummaryTableLayout.HeaderRow, 1, row, lastColumn));
        SheetLayout.PrintA4(sheet, XLPageOrientation.Landscape, SummaryTableLayout.HeaderRow);
        return SheetLayout.ToBytes(workbook);
    }

    private static string? CellText(SummaryTableRow entry, SummaryColumn column, DocumentLanguage language) => column switch
    {
        SummaryColumn.Name => entry.Name,
        SummaryColumn.Gender => TermLabels.GenderText(entry.Gender, language),
        SummaryColumn.Ethnicity => entry.Ethnicity,
        SummaryColumn.BirthMonth => FormDates.Month(entry.BirthMonth),
        SummaryColumn.Education => TermLabels.EducationLevels[entry.Education].In(language),
        SummaryColumn.ProfessionalTitle => entry.ProfessionalTitle,
        SummaryColumn.Field => TermLabels.Fields[entry.Field].In(language),
        SummaryColumn.WorkUnit => entry.WorkUnit,
        SummaryColumn.Township => entry.Township,
        SummaryColumn.RemoteTownship => TermLabels.YesNo(entry.RemoteTownship, language),
        SummaryColumn.PartyMember => TermLabels.YesNo(entry.PartyMember, language),
        SummaryColumn.RequestedReceivingUnit => entry.RequestedReceivingUnit,
        SummaryColumn.Remarks => entry.Remarks,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };
}
