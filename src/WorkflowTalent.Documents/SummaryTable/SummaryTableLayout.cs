using System.Globalization;
using WorkflowTalent.Documents.Localization;

namespace WorkflowTalent.Documents.SummaryTable;

/// <summary>R6.1: the 汇总表's layout, shared by the export and the import so that one reads what the other writes.</summary>
internal static class SummaryTableLayout
{
    public const int TitleRow = 1;
    public const int HeaderRow = 2;
    public const int FirstDataRow = 3;

    public static readonly IReadOnlyList<(SummaryColumn Column, Text Header, bool Required, double Width)> Columns =
    [
        (SummaryColumn.Number, new("序号", "No."), false, 6),
        (SummaryColumn.Name, new("姓名", "Name"), true, 10),
        (SummaryColumn.Gender, new("性别", "Gender"), true, 6),
        (SummaryColumn.Ethnicity, new("民族", "Ethnicity"), true, 8),
        (SummaryColumn.BirthMonth, new("出生年月", "Date of birth"), true, 10),
        (SummaryColumn.Education, new("学历", "Education"), true, 11),
        (SummaryColumn.ProfessionalTitle, new("职称", "Professional title"), false, 12),
        (SummaryColumn.Field, new("专业领域", "Field"), true, 12),
        (SummaryColumn.WorkUnit, new("工作单位", "Work unit"), true, 22),
        (SummaryColumn.Township, new("所在乡镇", "Township"), true, 12),
        (SummaryColumn.RemoteTownship, new("是否边远乡镇", "Remote township"), true, 9),
        (SummaryColumn.PartyMember, new("是否党员", "Party member"), true, 8),
        (SummaryColumn.RequestedReceivingUnit, new("申请接收单位", "Requested receiving unit"), true, 22),
        (SummaryColumn.Remarks, new("备注", "Remarks"), false, 14),
    ];

    /// <summary>The footer's first cell starts with this word, which also tells the import where the rows end.</summary>
    public static readonly Text FooterMarker = new("合计", "Total");

    public static Text Header(SummaryColumn column) => Columns.Single(c => c.Column == column).Header;

    public static string Title(string county, int year, DocumentLanguage language) =>
        language == DocumentLanguage.English
            ? string.Create(CultureInfo.InvariantCulture, $"{county} {year} Grassroots Talent Counterpart Training Plan: Candidate Summary")
            : string.Create(CultureInfo.InvariantCulture, $"{county} {year}年基层人才对口培养计划人选汇总表");

    public static string Footer(int count, int places, DocumentLanguage language) =>
        language == DocumentLanguage.English
            ? string.Create(CultureInfo.InvariantCulture, $"{FooterMarker.En}: {count} candidate(s) recommended; the county's places: {places}")
            : string.Create(CultureInfo.InvariantCulture, $"{FooterMarker.Zh}：推荐 {count} 人；本县（市、区）名额 {places} 人");
}
