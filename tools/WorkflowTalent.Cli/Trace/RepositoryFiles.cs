namespace WorkflowTalent.Cli.Trace;

/// <summary>
/// The files of a repository folder that the report reads, as paths relative to the root with forward slashes,
/// in ordinal order so that the report comes out the same on every machine.
/// </summary>
internal static class RepositoryFiles
{
    // Build output and EF Core's generated migrations copy or restate code; they enforce nothing of their own.
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "Migrations" };

    public static IReadOnlyList<string> Under(string root, string folder, string searchPattern, bool recursive)
    {
        var start = Path.Combine(root, folder);
        if (!Directory.Exists(start))
            return [];
        var found = new List<string>();
        Collect(root, start, searchPattern, recursive, found);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>A root-relative path as a Markdown link target relative to the report's folder, e.g. <c>../src/A.cs</c>.</summary>
    public static string LinkFrom(string root, string reportFolder, string relativePath) =>
        Path.GetRelativePath(reportFolder, Path.Combine(root, relativePath)).Replace('\\', '/');

    private static void Collect(string root, string directory, string searchPattern, bool recursive, List<string> found)
    {
        foreach (var file in Directory.EnumerateFiles(directory, searchPattern))
            found.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        if (!recursive)
            return;
        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            var name = Path.GetFileName(child);
            if (!SkippedFolders.Contains(name) && !name.StartsWith('.'))
                Collect(root, child, searchPattern, recursive, found);
        }
    }
}
