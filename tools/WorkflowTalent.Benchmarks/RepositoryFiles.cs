using WorkflowTalent.Testing;

namespace WorkflowTalent.Benchmarks;

/// <summary>Files of the repository, found from the benchmark binaries, which BenchmarkDotNet runs from a generated folder below <c>bin</c>.</summary>
internal static class RepositoryFiles
{
    public static string Path(params string[] parts) => System.IO.Path.Combine([RepositoryRoot.Path, .. parts]);
}
