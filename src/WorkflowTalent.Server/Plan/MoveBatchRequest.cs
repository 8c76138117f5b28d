namespace WorkflowTalent.Server.Plan;

/// <summary>The state a batch is to move to: Planning, Recruiting, Training or Closed.</summary>
public sealed record MoveBatchRequest(string? State);
