using System.Text.RegularExpressions;

namespace WorkflowTalent.Cli.Trace;

/// <summary>Reads the requirements from the policy page, lines of the form <c>- **R3.1** text</c>.</summary>
internal static partial class PolicyRules
{
    /// <summary>Where the policy page is by default, relative to the repository root.</summary>
    public const string DefaultRelativePath = "../shared/policy/rules.md";

    /// <summary>The requirements in the page's order; an id listed twice keeps its first line.</summary>
    public static IReadOnlyList<Requirement> Parse(string markdown)
    {
        var requirements = new List<Requirement>();
        var seen = new HashSet<RequirementId>();
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var match = RequirementLine().Match(line);
            if (match.Success && RequirementId.TryParse(match.Groups["id"].Value, out var id) && seen.Add(id))
                requirements.Add(new Requirement(id, match.Groups["title"].Value.Trim()));
        }

        return requirements;
    }

    [GeneratedRegex(@"^\s*[-*]\s+\*\*(?<id>R[0-9]+\.[0-9]+)\*\*\s*(?<title>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex RequirementLine();
}
