using System.Globalization;
using ClosedXML.Excel;
using WorkflowTalent.Documents.Layout;
using WorkflowTalent.Documents.Localization;
using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.FundingLedger;

/// <summary>R11.1: the batch's funding ledger, grouped by receiving unit with a subtotal for each and a grand total.</summary>
public static class FundingLedgerExport
{
    private const int HeaderRow = 2;
    private const int AmountColumn = 5;
    private const string AmountFormat = "#,##0";

    private static readonly Text SheetName = new("经费台账", "Funding ledger");

    private static readonly (Text Header, double Width)[] Columns =
    [
        (new("序号", "No."), 6),
        (new("接收单位", "Receiving unit"), 26),
        (new("研修人员", "Trainee"), 12),
        (new("选派县区", "Dispatching county"), 14),
        (new("金额（元）", "Amount (yuan)"), 14),
        (new("状态/备注", "Status / remarks"), 24),
    ];

    public static byte[] ToXlsx(FundingLedgerInput ledger, DocumentLanguage language = DocumentLanguage.Chinese)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        using var workbook = new XLWorkbook();
        var sheet = SheetLayout.AddSheet(workbook, SheetName.In(language));
        SheetLayout.Widths(sheet, [.. Columns.Select(c => c.Width)]);
        SheetLayout.Title(sheet, 1, Columns.Length, Title(ledger.Year, language));
        SheetLayout.HeaderRow(sheet, HeaderRow, [.. Columns.Select(c => c.Header.In(language))]);

        var row = HeaderRow + 1;
        var number = 1;
        // Units in the order they first appear, so the caller decides (by field, by name, …).
        foreach (var unit in ledger.Entries.GroupBy(e => e.ReceivingUnit, StringComparer.Ordinal))
        {
            foreach (var entry in unit)
            {
                sheet.Cell(row, 1).SetValue(number++);
                SheetLayout.Value(sheet.Cell(row, 2), entry.ReceivingUnit);
                SheetLayout.Value(sheet.Cell(row, 3), entry.TraineeName);
                SheetLayout.Value(sheet.Cell(row, 4), entry.County);
                Amount(sheet.Cell(row, AmountColumn), ledger.AmountPerTraineeYuan);
                SheetLayout.Value(sheet.Cell(row, 6), StatusText(entry, language));
                SheetLayout.Centered(sheet.Range(row, 1, row, 1));
                SheetLayout.Centered(sheet.Range(row, 3, row, 4));
                sheet.Row(row).Height = SheetLayout.DataRowHeight;
                row++;
            }

            SumRow(sheet, row++, Subtotal(unit.Key, unit.Count(), language), unit.Count() * ledger.AmountPerTraineeYuan, bold: false);
        }

        SumRow(sheet, row, Total(ledger.Entries.Count, language), ledger.Entries.Count * ledger.AmountPerTraineeYuan, bold: true);
        SheetLayout.Grid(sheet.Range(HeaderRow, 1, row++, Columns.Length));

        SheetLayout.Block(sheet, row, 1, Columns.Length, Note(ledger.AmountPerTraineeYuan, language), 48);
        SheetLayout.PrintA4(sheet, XLPageOrientation.Portrait, HeaderRow);
        return SheetLayout.ToBytes(workbook);
    }

    private static void SumRow(IXLWorksheet sheet, int row, string label, decimal amount, bool bold)
    {
        var labelRange = sheet.Range(row, 1, row, AmountColumn - 1).Merge();
        labelRange.FirstCell().SetValue(label);
        labelRange.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        Amount(sheet.Cell(row, AmountColumn), amount);
        sheet.Range(row, 1, row, Columns.Length).Style.Font.Bold = bold;
        sheet.Range(row, 1, row, Columns.Length).Style.Fill.BackgroundColor = XLColor.FromArgb(0xF2, 0xF2, 0xF2);
        sheet.Row(row).Height = SheetLayout.DataRowHeight;
    }

    private static void Amount(IXLCell cell, decimal amount)
    {
        cell.SetValue(amount);
        cell.Style.NumberFormat.Format = AmountFormat;
        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
    }

    private static string StatusText(FundingLedgerEntry entry, DocumentLanguage language)
    {
        var status = TermLabels.FundingStatuses[entry.Status].In(language);
        return string.IsNullOrWhiteSpace(entry.Remarks) ? status : status + (language == DocumentLanguage.English ? "; " : "；") + entry.Remarks;
    }

    private static string Title(int year, DocumentLanguage language) =>
        language == DocumentLanguage.English
            ? string.Create(CultureInfo.InvariantCulture, $"{year} Grassroots Talent Counterpart Training Plan: Funding Ledger")
            : string.Create(CultureInfo.InvariantCulture, $"{year}年基层人才对口培养计划经费台账");

    private static string Subtotal(string unit, int count, DocumentLanguage language) =>
        language == DocumentLanguage.English
            ? string.Create(CultureInfo.InvariantCulture, $"Subtotal, {unit} ({count} trainee(s))")
            : string.Create(CultureInfo.InvariantCulture, $"小计：{unit}（{count} 人）");

    private static string Total(int count, DocumentLanguage language) =>
        language == DocumentLanguage.English
            ? string.Create(CultureInfo.InvariantCulture, $"Total ({count} trainee(s))")
            : string.Create(CultureInfo.InvariantCulture, $"合计（{count} 人）");

    // R11.1: who receives the money, what it is for, and that the trainee may not claim it.
    private static string Note(decimal amount, DocumentLanguage language) =>
        language == DocumentLanguage.English
            ? string.Create(CultureInfo.InvariantCulture,
                $"Note: {amount:#,##0} yuan per trainee from the municipal talent fund is paid to the receiving unit, mainly for the trainee's board and lodging, and may not be used otherwise. The receiving unit may not charge the trainee other fees, and the trainee may not claim the funds.")
            : string.Create(CultureInfo.InvariantCulture,
                $"说明：经费从市级人才专项资金中按每人 {amount:#,##0} 元拨付给接收单位，主要用于研修人员食宿，不得挪作他用；接收单位不得另行向研修人员收取其他费用，研修人员不得报领该经费。");
}
