namespace WorkflowTalent.Cli.Trace;

/// <summary>Finds every line of <c>src/**/*.cs</c> that cites a requirement as <c>R15.1</c>, in a comment, a string or an attribute.</summary>
internal static class CodeCitations
{
    public const string Folder = "src";

    public static IReadOnlyList<Citation<CodePlace>> Find(string root)
    {
        var citations = new List<Citation<CodePlace>>();
        foreach (var file in RepositoryFiles.Under(root, Folder, "*.cs", recursive: true))
            citations.AddRange(InSource(file, SourceText.ReadLines(root, file)));
        return citations;
    }

    public static IEnumerable<Citation<CodePlace>> InSource(string file, IReadOnlyList<string> lines)
    {
        for (var index = 0; index < lines.Count; index++)
        {
            foreach (var id in RequirementId.InText(lines[index]))
                yield return new Citation<CodePlace>(id, new CodePlace(file, index + 1));
        }
    }
}
