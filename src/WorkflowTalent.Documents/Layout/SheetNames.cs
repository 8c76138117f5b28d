using System.Globalization;
using ClosedXML.Excel;

namespace WorkflowTalent.Documents.Layout;

/// <summary>Excel allows 31 characters and none of : \ / ? * [ ] in a sheet name, and no two sheets alike.</summary>
internal static class SheetNames
{
    private const int MaxLength = 31;
    private static readonly char[] Forbidden = [':', '\\', '/', '?', '*', '[', ']'];

    public static string Unique(XLWorkbook workbook, string wanted)
    {
        var cleaned = new string(wanted.Select(c => Forbidden.Contains(c) ? '_' : c).ToArray()).Trim('\'').Trim();
        if (cleaned.Length == 0)
        {
            cleaned = "Sheet";
        }

        var name = Truncate(cleaned, MaxLength);
        for (var n = 2; workbook.Worksheets.Contains(name); n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
            name = Truncate(cleaned, MaxLength - suffix.Length) + suffix;
        }

        return name;
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
