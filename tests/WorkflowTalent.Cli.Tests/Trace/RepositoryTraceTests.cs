using WorkflowTalent.Cli.Trace;

namespace WorkflowTalent.Cli.Tests.Trace;

/// <summary>
/// The check issue 5 asks for, on this repository: every requirement of the policy (rules.md) has a place that
/// enforces it (code or a workflow activity) and a test that names it. `wt trace` regenerates docs/traceability.md.
/// </summary>
public sealed class RepositoryTraceTests
{
    [Fact]
    public void TheRepository_EnforcesAndTestsEveryRequirementOfThePolicy()
    {
        var root = RepositoryRoot.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("the repository root is not above the test binaries");
        var requirements = PolicyRules.Parse(File.ReadAllText(Path.Combine(root, PolicyRules.DefaultRelativePath)));

        var report = TraceReport.Scan(root, requirements);

        Assert.True(requirements.Count >= 29, $"rules.md lists {requirements.Count} requirements");
        Assert.Empty(report.Incomplete.Select(r => $"{r.Id}: {r.Gap}"));
    }
}
