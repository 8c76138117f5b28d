namespace WorkflowTalent.Server.Plan;

/// <summary>The year of the batch to open; everything else comes from the settings in force.</summary>
public sealed record CreateBatchRequest(int? Year);
