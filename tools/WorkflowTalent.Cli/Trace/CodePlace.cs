namespace WorkflowTalent.Cli.Trace;

/// <summary>A line of source code that cites a requirement (a comment, a string, an attribute).</summary>
internal sealed record CodePlace(string File, int Line);
