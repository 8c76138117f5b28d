using System.Globalization;
using WorkflowTalent.Documents.Localization;
using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.ReferenceData;

/// <summary>The import's error messages, Chinese and English, each naming the sheet, the Excel row and the column.</summary>
internal static class ReferenceDataMessages
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static ReferenceDataError NotAnXlsxFile() =>
        new(null, null, null, "文件不是有效的 Excel（.xlsx）文件。", "The file is not a valid Excel (.xlsx) file.");

    public static ReferenceDataError EmptyFile() =>
        new(null, null, null, "文件为空。", "The file is empty.");

    public static ReferenceDataError MissingSheet(Text sheet) =>
        new(sheet.Zh, null, null,
            string.Create(Invariant, $"缺少工作表「{sheet.Zh}」。"),
            string.Create(Invariant, $"The sheet \"{sheet.En}\" is missing."));

    public static ReferenceDataError MissingColumn(Text sheet, Text header) =>
        new(sheet.Zh, ReferenceDataLayout.HeaderRow, header.Zh,
            string.Create(Invariant, $"「{sheet.Zh}」第 {ReferenceDataLayout.HeaderRow} 行：缺少列「{header.Zh}」。"),
            string.Create(Invariant, $"Sheet \"{sheet.En}\", row {ReferenceDataLayout.HeaderRow}: column \"{header.En}\" is missing."));

    public static ReferenceDataError UnknownColumn(Text sheet, string header) =>
        new(sheet.Zh, ReferenceDataLayout.HeaderRow, header,
            string.Create(Invariant, $"「{sheet.Zh}」第 {ReferenceDataLayout.HeaderRow} 行：未知的列「{header}」。"),
            string.Create(Invariant, $"Sheet \"{sheet.En}\", row {ReferenceDataLayout.HeaderRow}: unknown column \"{header}\"."));

    public static ReferenceDataError DuplicateColumn(Text sheet, string header) =>
        new(sheet.Zh, ReferenceDataLayout.HeaderRow, header,
            string.Create(Invariant, $"「{sheet.Zh}」第 {ReferenceDataLayout.HeaderRow} 行：列「{header}」出现了不止一次。"),
            string.Create(Invariant, $"Sheet \"{sheet.En}\", row {ReferenceDataLayout.HeaderRow}: column \"{header}\" appears more than once."));

    public static ReferenceDataError Required(Text sheet, int row, Text header) =>
        At(sheet, row, header, "不能为空", "a value is required");

    public static ReferenceDataError TooLong(Text sheet, int row, Text header) =>
        At(sheet, row, header,
            string.Create(Invariant, $"不能超过 {ReferenceDataLayout.MaxLength} 个字符"),
            string.Create(Invariant, $"is longer than {ReferenceDataLayout.MaxLength} characters"));

    public static ReferenceDataError NotYesNo(Text sheet, int row, Text header, string value) =>
        At(sheet, row, header, $"'{value}' 应为 是 或 否", $"'{value}' must be Yes or No");

    public static ReferenceDataError NotAField(Text sheet, int row, Text header, string value) =>
        At(sheet, row, header,
            $"'{value}' 不是有效的专业领域（{TermLabels.Choices(TermLabels.Fields, DocumentLanguage.Chinese)}）（R3.2）",
            $"'{value}' is not one of the fields ({TermLabels.Choices(TermLabels.Fields, DocumentLanguage.English)}) (R3.2)");

    public static ReferenceDataError Duplicate(Text sheet, int row, Text header, string value, int firstRow) =>
        At(sheet, row, header,
            string.Create(Invariant, $"'{value}' 与第 {firstRow} 行重复"),
            string.Create(Invariant, $"'{value}' repeats row {firstRow}"));

    public static ReferenceDataError UnknownReference(Text sheet, int row, Text header, string value, Text target) =>
        At(sheet, row, header,
            $"'{value}' 不在「{target.Zh}」表中",
            $"'{value}' is not in the sheet \"{target.En}\"");

    public static ReferenceDataError At(Text sheet, int row, Text header, string problemZh, string problemEn) =>
        new(sheet.Zh, row, header.Zh,
            string.Create(Invariant, $"「{sheet.Zh}」第 {row} 行「{header.Zh}」：{problemZh}"),
            string.Create(Invariant, $"Sheet \"{sheet.En}\", row {row}, \"{header.En}\": {problemEn}"));
}
