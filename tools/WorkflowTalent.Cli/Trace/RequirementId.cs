using System.Globalization;
using System.Text.RegularExpressions;

namespace WorkflowTalent.Cli.Trace;

/// <summary>
/// A policy requirement id such as R15.1: written <c>R15.1</c> in code, comments and JSON, and <c>R15_1</c> in
/// test method names (an identifier cannot hold a dot). Ordered by article, then item.
/// </summary>
internal readonly partial record struct RequirementId(int Article, int Item) : IComparable<RequirementId>
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"R{Article}.{Item}");

    /// <summary>The GitHub anchor of the report section <c>## R15.1</c>.</summary>
    public string Anchor => string.Create(CultureInfo.InvariantCulture, $"r{Article}{Item}");

    public int CompareTo(RequirementId other) =>
        Article != other.Article ? Article.CompareTo(other.Article) : Item.CompareTo(other.Item);

    /// <summary>Every distinct id cited in text as <c>R15.1</c>; R1.1 does not match inside R1.10 or R11.1.</summary>
    public static IEnumerable<RequirementId> InText(string text) => Matches(DottedPattern(), text);

    /// <summary>Every distinct id carried by an identifier as <c>R15_1</c>, e.g. <c>Foo_R15_1</c> or <c>R15_1_Foo</c>.</summary>
    public static IEnumerable<RequirementId> InIdentifier(string identifier) => Matches(UnderscoredPattern(), identifier);

    public static bool TryParse(string text, out RequirementId id)
    {
        var match = DottedPattern().Match(text);
        id = match.Success && match.Length == text.Length ? From(match) : default;
        return match.Success && match.Length == text.Length;
    }

    public static bool operator <(RequirementId left, RequirementId right) => left.CompareTo(right) < 0;

    public static bool operator >(RequirementId left, RequirementId right) => left.CompareTo(right) > 0;

    public static bool operator <=(RequirementId left, RequirementId right) => left.CompareTo(right) <= 0;

    public static bool operator >=(RequirementId left, RequirementId right) => left.CompareTo(right) >= 0;

    private static IEnumerable<RequirementId> Matches(Regex pattern, string text) =>
        pattern.Matches(text).Select(From).Distinct();

    private static RequirementId From(Match match) => new(
        int.Parse(match.Groups["article"].Value, CultureInfo.InvariantCulture),
        int.Parse(match.Groups["item"].Value, CultureInfo.InvariantCulture));

    // Not after an ASCII letter or digit (so "PR1.1" and "2R1.1" are not ids) and not before a digit (so R1.1 ≠ R1.10);
    // Chinese text may sit right before an id.
    [GeneratedRegex(@"(?<![A-Za-z0-9])R(?<article>[0-9]{1,3})\.(?<item>[0-9]{1,3})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex DottedPattern();

    // Identifiers put words right before the id ("Approve_R15_1", "ApproveR15_1"), so only a digit may not precede it.
    [GeneratedRegex(@"(?<![0-9])R(?<article>[0-9]{1,3})_(?<item>[0-9]{1,3})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex UnderscoredPattern();
}
