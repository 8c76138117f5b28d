namespace WorkflowTalent.Server.Instances;

/// <summary>Why an administrator ends a case; journalled with their name.</summary>
public sealed record CancelInstanceRequest(string? Reason);
