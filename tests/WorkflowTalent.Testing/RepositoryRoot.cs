namespace WorkflowTalent.Testing;

/// <summary>The repository's root, found from the running binaries, so tests and benchmarks run from any working directory.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The directory holding <c>WorkflowTalent.sln</c>.</summary>
    public static string Path => Root.Value;

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "WorkflowTalent.sln")))
                return directory.FullName;
        throw new DirectoryNotFoundException($"no directory above {AppContext.BaseDirectory} contains WorkflowTalent.sln");
    }
}
