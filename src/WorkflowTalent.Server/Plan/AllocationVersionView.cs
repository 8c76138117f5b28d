namespace WorkflowTalent.Server.Plan;

/// <summary>One allocation version in the list: who computed it, when, and whether it is the one in force (the latest).</summary>
public sealed record AllocationVersionView(int Version, bool IsCurrent, int TotalPlaces, DateTimeOffset CreatedAt, string CreatedBy);
