namespace WorkflowTalent.Cli.Tests;

public sealed class WtAppTests
{
    [Fact]
    public void Run_Exits2_WithOneLine_WhenNoCommandIsGiven()
    {
        var run = WtRun.InProcess();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        // The wording is System.CommandLine's and follows the UI culture; the shape is ours.
        Assert.StartsWith("wt: ", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Exits2_WhenTheCommandIsUnknown()
    {
        var run = WtRun.InProcess("publish", "leave.json");

        Assert.Equal(2, run.ExitCode);
        Assert.All(run.StderrLines, line => Assert.StartsWith("wt: ", line, StringComparison.Ordinal));
        Assert.Contains(run.StderrLines, line => line.Contains("'publish'", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_Exits0_AndListsBothCommands()
    {
        var run = WtRun.InProcess("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.StdoutLines, l => l.TrimStart().StartsWith("validate <FILE>", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, l => l.TrimStart().StartsWith("simulate <FILE>", StringComparison.Ordinal));
        Assert.Equal("", run.Stderr);
    }
}
