namespace WorkflowTalent.Cli.Trace;

/// <summary>The options of <c>wt trace</c>; relative paths are taken from the current folder.</summary>
internal sealed record TraceSettings(string? Root = null, string? Rules = null, string? Output = null, bool Check = false);
