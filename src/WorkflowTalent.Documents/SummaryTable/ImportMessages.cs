using System.Globalization;
using WorkflowTalent.Documents.Localization;
using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.SummaryTable;

/// <summary>The import's error messages, Chinese and English, each naming the Excel row and the column header.</summary>
internal static class ImportMessages
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static ImportError NotAnXlsxFile() =>
        new(null, null, "文件不是有效的 Excel（.xlsx）文件。", "The file is not a valid Excel (.xlsx) file.");

    public static ImportError EmptyFile() =>
        new(null, null, "文件为空：没有找到汇总表的表头行（序号、姓名……）。", "The file is empty: no header row of the summary table (No., Name, …) was found.");

    public static ImportError NoRows(int headerRow) =>
        new(headerRow, null,
            string.Create(Invariant, $"第 {headerRow} 行表头之下没有人选数据。"),
            string.Create(Invariant, $"There are no candidate rows below the header in row {headerRow}."));

    public static ImportError UnknownColumn(int row, string header) =>
        new(row, header,
            string.Create(Invariant, $"第 {row} 行：未知的列「{header}」。"),
            string.Create(Invariant, $"Row {row}: unknown column \"{header}\"."));

    public static ImportError DuplicateColumn(int row, string header) =>
        new(row, header,
            string.Create(Invariant, $"第 {row} 行：列「{header}」出现了不止一次。"),
            string.Create(Invariant, $"Row {row}: column \"{header}\" appears more than once."));

    public static ImportError MissingColumn(int row, Text header) =>
        new(row, header.Zh,
            string.Create(Invariant, $"第 {row} 行：缺少列「{header.Zh}」。"),
            string.Create(Invariant, $"Row {row}: column \"{header.En}\" is missing."));

    public static ImportError Required(int row, string fileHeader, Text header) =>
        new(row, fileHeader,
            string.Create(Invariant, $"第 {row} 行「{header.Zh}」：不能为空。"),
            string.Create(Invariant, $"Row {row}, \"{header.En}\": a value is required."));

    public static ImportError InvalidDate(int row, string fileHeader, Text header, string value) =>
        new(row, fileHeader,
            string.Create(Invariant, $"第 {row} 行「{header.Zh}」：'{value}' 不是有效日期（yyyy-MM）"),
            string.Create(Invariant, $"Row {row}, \"{header.En}\": '{value}' is not a valid date (yyyy-MM)"));

    public static ImportError NotOneOf<T>(int row, string fileHeader, Text header, string value, IReadOnlyDictionary<T, Text> choices)
        where T : notnull =>
        new(row, fileHeader,
            string.Create(Invariant, $"第 {row} 行「{header.Zh}」：'{value}' 不是有效的{header.Zh}（{TermLabels.Choices(choices, DocumentLanguage.Chinese)}）"),
            string.Create(Invariant, $"Row {row}, \"{header.En}\": '{value}' is not a valid value ({TermLabels.Choices(choices, DocumentLanguage.English)})"));

    public static ImportError NotYesNo(int row, string fileHeader, Text header, string value) =>
        new(row, fileHeader,
            string.Create(Invariant, $"第 {row} 行「{header.Zh}」：'{value}' 应为「是」或「否」"),
            string.Create(Invariant, $"Row {row}, \"{header.En}\": '{value}' must be Yes or No"));
}
