namespace WorkflowTalent.Workflows.Expressions;

/// <summary>Limits for every script and template run; a run past a limit faults the instance, never the host.</summary>
public sealed record SandboxOptions
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);
    public long MemoryLimitBytes { get; init; } = 32 * 1024 * 1024;
    public int RecursionLimit { get; init; } = 256;
    public int MaxStatements { get; init; } = 1_000_000;

    /// <summary>Fluid's step limit for one template render.</summary>
    public int TemplateMaxSteps { get; init; } = 100_000;

    public static SandboxOptions Default { get; } = new();
}
