using WorkflowTalent.Testing;

namespace WorkflowTalent.Server.Tests.Support;

/// <summary>Where the repository's files are for these tests.</summary>
public static class TestPaths
{
    /// <summary>The directory holding <c>WorkflowTalent.sln</c>.</summary>
    public static string RepoRoot => RepositoryRoot.Path;

    public static string Workflows => Path.Combine(RepoRoot, "workflows");
}
