namespace WorkflowTalent.Server.Tests.Support;

/// <summary>Where the repository is, found from the test binaries so tests run from any working directory.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    /// <summary>The directory holding <c>WorkflowTalent.sln</c>.</summary>
    public static string RepoRoot => Root.Value;

    public static string Workflows => Path.Combine(RepoRoot, "workflows");

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "WorkflowTalent.sln")))
                return directory.FullName;
        throw new DirectoryNotFoundException($"no directory above {AppContext.BaseDirectory} contains WorkflowTalent.sln");
    }
}
