namespace WorkflowTalent.Server.Events;

/// <summary>How many waits the event resumed, and in which cases.</summary>
public sealed record EventDelivery(int Delivered, IReadOnlyList<string> InstanceIds);
