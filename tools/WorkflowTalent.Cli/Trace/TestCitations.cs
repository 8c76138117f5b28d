using System.Text.RegularExpressions;

namespace WorkflowTalent.Cli.Trace;

/// <summary>
/// Finds the test methods of <c>tests/**/*.cs</c> whose names carry a requirement id (<c>Approve_R15_1</c>), by a
/// light parse: a method declaration preceded by a <c>[Fact]</c> or <c>[Theory]</c> attribute (possibly with other
/// attributes between), inside the nearest class declared above it. Simulation scripts are not tests.
/// </summary>
internal static partial class TestCitations
{
    public const string Folder = "tests";

    public static IReadOnlyList<Citation<TestPlace>> Find(string root)
    {
        var citations = new List<Citation<TestPlace>>();
        foreach (var file in RepositoryFiles.Under(root, Folder, "*.cs", recursive: true))
            citations.AddRange(InSource(file, SourceText.ReadLines(root, file)));
        return citations;
    }

    public static IEnumerable<Citation<TestPlace>> InSource(string file, IReadOnlyList<string> lines)
    {
        var className = Path.GetFileNameWithoutExtension(file);
        var isTest = false;
        var inAttribute = false;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index].Trim();
            if (ClassDeclaration().Match(line) is { Success: true } type)
                className = type.Groups["name"].Value;

            // Attributes may share the declaration's line: "[Fact] public void X()".
            while (Attribute().Match(line) is { Success: true } attribute)
            {
                isTest |= AttributeName().Matches(attribute.Groups["body"].Value).Any(name => TestAttribute().IsMatch(name.Groups["name"].Value));
                line = line[attribute.Length..].TrimStart();
            }

            // An attribute whose arguments run over several lines: "[InlineData(" … ")]". A statement or a brace ends it
            // in any case, so that a collection expression in a method body ("[" … "];") is never taken for one.
            if (inAttribute && !StatementOrBrace().IsMatch(line))
            {
                inAttribute = !line.EndsWith(']');
                continue;
            }

            if (!inAttribute && OpenAttribute().Match(line) is { Success: true } open)
            {
                isTest |= TestAttribute().IsMatch(open.Groups["name"].Value);
                inAttribute = true;
                continue;
            }

            inAttribute = false;

            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
                continue;
            if (isTest && MethodDeclaration().Match(line) is { Success: true } method)
            {
                var name = method.Groups["name"].Value;
                foreach (var id in RequirementId.InIdentifier(name))
                    yield return new Citation<TestPlace>(id, new TestPlace(file, index + 1, className, name));
            }

            isTest = false;
        }
    }

    // One attribute list at the start of a line: "[Fact]", "[InlineData(1, "a]")]", "[Fact(Skip = "why"), Trait("k", "v")]".
    [GeneratedRegex("""^\[(?<body>(?>[^\[\]"]+|"(?:[^"\\]|\\.)*")*)\]""", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    // The start of an attribute whose argument list is not closed on its line: "[InlineData(", "[Theory, MemberData(".
    [GeneratedRegex("""^\[\s*(?<name>[A-Za-z_][A-Za-z0-9_.]*)\s*[(,]""", RegexOptions.CultureInvariant)]
    private static partial Regex OpenAttribute();

    [GeneratedRegex("""[;{}]$""", RegexOptions.CultureInvariant)]
    private static partial Regex StatementOrBrace();

    [GeneratedRegex("""(?:^|,)\s*(?<name>[A-Za-z_][A-Za-z0-9_.]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex AttributeName();

    // xUnit's [Fact] and [Theory], and fact attributes derived from them such as [PostgresFact].
    [GeneratedRegex(@"(^|\.)([A-Za-z0-9_]*Fact|[A-Za-z0-9_]*Theory)(Attribute)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TestAttribute();

    [GeneratedRegex(@"^(?:(?:public|internal|private|protected|static|async|override|virtual|sealed|unsafe)\s+)*(?:void|Task|ValueTask)\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?:<[^>]*>)?\s*\(", RegexOptions.CultureInvariant)]
    private static partial Regex MethodDeclaration();

    [GeneratedRegex(@"^(?:(?:public|internal|private|protected|static|abstract|sealed|partial|file)\s+)*(?:class|record)\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ClassDeclaration();
}
