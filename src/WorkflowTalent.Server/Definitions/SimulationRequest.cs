namespace WorkflowTalent.Server.Definitions;

/// <summary>
/// A simulation: <paramref name="Script"/> is the JSON-lines text <c>wt simulate --script</c> reads; <paramref name="Start"/>
/// is when the virtual clock starts (no offset: Asia/Shanghai), by default the service's now.
/// </summary>
public sealed record SimulationRequest(string? Script, string? Start);
