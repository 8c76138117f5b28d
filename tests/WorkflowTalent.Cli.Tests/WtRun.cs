namespace WorkflowTalent.Cli.Tests;

/// <summary>What a run of <c>wt</c> did: its exit code and what it wrote, split into lines.</summary>
internal sealed record WtRun(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> StdoutLines => Lines(Stdout);

    public IReadOnlyList<string> StderrLines => Lines(Stderr);

    /// <summary>Runs <c>wt</c> in-process.</summary>
    public static WtRun InProcess(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = WtApp.Run(args, stdout, stderr);
        return new WtRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
