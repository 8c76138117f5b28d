namespace WorkflowTalent.Cli.Trace;

/// <summary>The repository root: the nearest folder, from a start folder upward, that holds <c>WorkflowTalent.sln</c>.</summary>
internal static class RepositoryRoot
{
    public const string SolutionFile = "WorkflowTalent.sln";

    public static string? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                return directory.FullName;
        }

        return null;
    }
}
