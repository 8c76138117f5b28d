namespace WorkflowTalent.Benchmarks;

/// <summary>Finds files of the repository from the benchmark binaries, which BenchmarkDotNet runs from a generated folder below <c>bin</c>.</summary>
internal static class RepositoryFiles
{
    public static string Path(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "WorkflowTalent.sln")))
                return System.IO.Path.Combine([directory.FullName, .. parts]);
        }

        throw new DirectoryNotFoundException($"no directory above {AppContext.BaseDirectory} contains WorkflowTalent.sln");
    }
}
