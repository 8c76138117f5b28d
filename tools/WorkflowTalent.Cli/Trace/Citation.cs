namespace WorkflowTalent.Cli.Trace;

/// <summary>A place that cites a requirement: a definition or activity, a line of code, or a test method.</summary>
internal readonly record struct Citation<TPlace>(RequirementId Id, TPlace Place);
