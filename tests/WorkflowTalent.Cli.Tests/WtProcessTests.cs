namespace WorkflowTalent.Cli.Tests;

/// <summary>End to end: the real <c>wt</c> binary, its exit codes and its UTF-8 output.</summary>
public sealed class WtProcessTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Validate_Exits1_AndPrintsTheProblem_AsAProcess()
    {
        var good = _dir.Write("hello.json", Workflows.Hello());
        var bad = _dir.Write("http.json", Workflows.HttpEndpoint());

        var run = await WtProcess.RunAsync("validate", good, bad);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{bad}: root.activities[0].type: activity type Elsa.HttpEndpoint is not supported by this engine"], run.StdoutLines);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public async Task Validate_Exits0_ForAValidFile_AsAProcess()
    {
        var run = await WtProcess.RunAsync("validate", _dir.Write("hello.json", Workflows.Hello()));

        Assert.Equal((0, "", ""), (run.ExitCode, run.Stdout, run.Stderr));
    }

    [Fact]
    public async Task Simulate_Exits0_AndWritesChineseAsUtf8_AsAProcess()
    {
        var run = await WtProcess.RunAsync("simulate", _dir.Write("leave.json", Workflows.Leave()),
            "--script", _dir.WriteScript("script.jsonl", Workflows.CompleteByCounty, """{"expect":{"status":"Finished","output":["批准"]}}"""),
            "--start", Workflows.Start);

        Assert.Equal("", run.Stderr);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("审批 张三 的请假", Journal.Parse(run).SingleEvent("TaskCreated").Field("title"));
        Assert.Equal("批准", Journal.Parse(run).SingleEvent("Output").Field("text"));
    }

    [Fact]
    public async Task Simulate_Exits1_OnAFailedExpect_AsAProcess()
    {
        var run = await WtProcess.RunAsync("simulate", _dir.Write("hello.json", Workflows.Hello()),
            "--script", _dir.WriteScript("script.jsonl", """{"expect":{"status":"Waiting"}}"""), "--start", Workflows.Start);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["wt: line 1: expected status Waiting, was Finished"], run.StderrLines);
    }

    [Fact]
    public async Task Simulate_Exits2_WithoutAScript_AsAProcess()
    {
        var run = await WtProcess.RunAsync("simulate", _dir.Write("hello.json", Workflows.Hello()));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.StartsWith("wt: ", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }
}
