using System.Globalization;
using WorkflowTalent.Documents.Localization;

namespace WorkflowTalent.Documents.Layout;

/// <summary>How dates print on the forms: 出生年月 as yyyy-MM, days as 2026年8月30日 (Chinese) or 2026-08-30.</summary>
internal static class FormDates
{
    public const string MonthFormat = "yyyy-MM";

    public static string Month(DateOnly month) => month.ToString(MonthFormat, CultureInfo.InvariantCulture);

    public static string Day(DateOnly day, DocumentLanguage language) =>
        language == DocumentLanguage.English
            ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{day.Year}年{day.Month}月{day.Day}日");

    /// <summary>A signed date, or the blank "年 月 日" a signatory fills in by hand.</summary>
    public static string SignedOn(DateOnly? day, DocumentLanguage language) =>
        day is DateOnly d ? Day(d, language) : language == DocumentLanguage.English ? "Date: ____________" : "　　年　　月　　日";
}
