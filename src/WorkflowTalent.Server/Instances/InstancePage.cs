namespace WorkflowTalent.Server.Instances;

/// <summary>One page of the cases the caller may see; <see cref="Total"/> counts all of them.</summary>
public sealed record InstancePage(IReadOnlyList<InstanceSummary> Items, int Total, int Page, int PageSize);
