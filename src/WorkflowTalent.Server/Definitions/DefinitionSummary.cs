namespace WorkflowTalent.Server.Definitions;

/// <summary>One definition in the list: its versions at a glance and where its running cases are.</summary>
public sealed record DefinitionSummary(
    string DefinitionId,
    string? Name,
    int LatestVersion,
    int? PublishedVersion,
    int? DraftVersion,
    DefinitionSummary.StatusCounts Versions,
    IReadOnlyList<DefinitionSummary.RunningCount> Running)
{
    public sealed record StatusCounts(int Draft, int Published, int Retired);

    /// <summary>Cases not yet ended (running or waiting) on one version.</summary>
    public sealed record RunningCount(int Version, int Instances);
}
