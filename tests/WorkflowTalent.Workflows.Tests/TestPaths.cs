using WorkflowTalent.Testing;

namespace WorkflowTalent.Workflows.Tests;

/// <summary>Where the repository and the shared Elsa samples are, found from the test binaries so tests run from any working directory.</summary>
public static class TestPaths
{
    /// <summary>The directory holding <c>WorkflowTalent.sln</c>.</summary>
    public static string RepoRoot => RepositoryRoot.Path;

    /// <summary>The Elsa sample definitions shared between repositories (<c>../shared/elsa/samples</c>).</summary>
    public static string SamplesDir => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "elsa", "samples"));
}
