namespace WorkflowTalent.Web.Components.Diagram;

/// <summary>
/// A node's text in lines: the definitions write "中文 English" (县区委组织部审批 County approval), drawn as the
/// Chinese line over the English one; and the width such text needs, for a layout that has no designer sizes.
/// </summary>
public static class DiagramLabel
{
    private const double CjkWidth = 12;
    private const double LatinWidth = 6.6;

    public static IReadOnlyList<string> Lines(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        for (var i = 1; i < label.Length - 1; i++)
        {
            if (label[i] == ' ' && IsWide(label[i - 1]) && label[i + 1] < 128)
                return [label[..i], label[(i + 1)..]];
        }
        return [label];
    }

    /// <summary>The width of <paramref name="text"/> at the diagram's 12px font, wide characters counted as 1em.</summary>
    public static double Width(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Sum(c => IsWide(c) ? CjkWidth : LatinWidth);
    }

    private static bool IsWide(char c) => c >= 0x2E80;
}
