namespace WorkflowTalent.Testing;

internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);
