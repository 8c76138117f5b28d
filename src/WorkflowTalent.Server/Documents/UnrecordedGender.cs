using ClosedXML.Excel;
using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Server.Documents;

/// <summary>
/// The forms print a gender but an application stores none (ApplicationRecord has no such column). Rather than put a
/// guess on an official form, the exports pass <see cref="Placeholder"/> and these functions blank what it printed,
/// leaving the box for the county to fill in by hand.
/// </summary>
internal static class UnrecordedGender
{
    public const Gender Placeholder = Gender.Male;

    private static readonly string[] Labels = ["性别", "Gender"];
    private static readonly string[] Printed = ["男", "Male"];

    /// <summary>Clears the placeholder beside each 性别 label (the forms) and below each 性别 header (the summary table).</summary>
    public static byte[] Blank(byte[] xlsx)
    {
        using var input = new MemoryStream(xlsx);
        using var workbook = new XLWorkbook(input);
        foreach (var label in workbook.Worksheets.SelectMany(s => s.CellsUsed()).Where(c => Labels.Contains(c.GetString().Trim())).ToList())
        {
            ClearIfPlaceholder(label.CellRight());
            for (var below = label.CellBelow(); ClearIfPlaceholder(below); below = below.CellBelow())
            {
            }
        }

        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>The same for the assessment form's print view, whose cells are <c>&lt;th&gt;label&lt;/th&gt;&lt;td&gt;value&lt;/td&gt;</c>.</summary>
    public static string Blank(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        foreach (var (label, value) in Labels.Zip(Printed))
            html = html.Replace($"<th>{label}</th><td>{value}</td>", $"<th>{label}</th><td></td>", StringComparison.Ordinal);
        return html;
    }

    private static bool ClearIfPlaceholder(IXLCell cell)
    {
        if (!Printed.Contains(cell.GetString().Trim()))
            return false;
        cell.Clear(XLClearOptions.Contents);
        return true;
    }
}
