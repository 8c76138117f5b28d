using System.Globalization;
using ClosedXML.Excel;
using WorkflowTalent.Documents.Layout;
using WorkflowTalent.Documents.Localization;
using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.FinalList;

/// <summary>R6.4: the approved final list sent to dispatching and receiving units, with each trainee's placement (R6.3).</summary>
public static class FinalListExport
{
    private static readonly Text SheetName = new("最终名单", "Final list");

    private static readonly (Text Header, double Width)[] Columns =
    [
        (new("序号", "No."), 6),
        (new("姓名", "Name"), 10),
        (new("选派单位（县区）", "Dispatching unit (county)"), 14),
        (new("原工作单位", "Original work unit"), 24),
        (new("专业领域", "Field"), 12),
        (new("接收单位", "Receiving unit"), 24),
        (new("科室", "Department"), 12),
        (new("导师", "Mentor"), 10),
        (new("研修课题", "Research topic"), 28),
        (new("报到截止", "Report by"), 14),
    ];

    private const int HeaderRow = 2;

    public static byte[] ToXlsx(FinalListInput list, DocumentLanguage language = DocumentLanguage.Chinese)
    {
        ArgumentNullException.ThrowIfNull(list);
        using var workbook = new XLWorkbook();
        var sheet = SheetLayout.AddSheet(workbook, SheetName.In(language));
        SheetLayout.Widths(sheet, [.. Columns.Select(c => c.Width)]);
        SheetLayout.Title(sheet, 1, Columns.Length, Title(list.Year, language));
        SheetLayout.HeaderRow(sheet, HeaderRow, [.. Columns.Select(c => c.Header.In(language))]);

        var deadline = FormDates.Day(list.Deadline, language);
        var row = HeaderRow + 1;
        foreach (var (entry, index) in list.Entries.Select((entry, index) => (entry, index)))
        {
            sheet.Cell(row, 1).SetValue(index + 1);
            string?[] values =
            [
                entry.Name, entry.County, entry.WorkUnit, TermLabels.Fields[entry.Field].In(language),
                entry.ReceivingUnit, entry.Department, entry.Mentor, entry.ResearchTopic, deadline,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                SheetLayout.Value(sheet.Cell(row, i + 2), values[i]);
            }

            SheetLayout.Centered(sheet.Range(row, 1, row, 3));
            SheetLayout.Centered(sheet.Range(row, 7, row, 8));
            SheetLayout.Centered(sheet.Range(row, 10, row, 10));
            sheet.Row(row).Height = SheetLayout.DataRowHeight;
            row++;
        }

        SheetLayout.Grid(sheet.Range(HeaderRow, 1, Math.Max(row - 1, HeaderRow), Columns.Length));
        // R6.5: the receiving unit tells each trainee the exact time; the list states the deadline.
        SheetLayout.Block(sheet, row, 1, Columns.Length, Note(list.Deadline, language), 30);
        SheetLayout.PrintA4(sheet, XLPageOrientation.Landscape, HeaderRow);
        return SheetLayout.ToBytes(workbook);
    }

    private static string Title(int year, DocumentLanguage language) =>
        language == DocumentLanguage.English
            ? string.Create(CultureInfo.InvariantCulture, $"{year} Yuxi Grassroots Talent Counterpart Training Plan: Approved Trainees")
            : string.Create(CultureInfo.InvariantCulture, $"{year}年玉溪市基层人才对口培养计划研修人员名单");

    private static string Note(DateOnly deadline, DocumentLanguage language) =>
        language == DocumentLanguage.English
            ? $"Trainees report to their receiving unit by {FormDates.Day(deadline, language)}; each receiving unit notifies its trainees of the exact time."
            : $"研修人员须于{FormDates.Day(deadline, language)}前到接收单位报到，具体报到时间由接收单位通知。";
}
