namespace WorkflowTalent.Cli.Tests;

public sealed class SimulateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private WtRun Simulate(string definitionJson, params string[] scriptLines) =>
        WtRun.InProcess("simulate", _dir.Write("workflow.json", definitionJson), "--script", _dir.WriteScript("script.jsonl", scriptLines), "--start", Workflows.Start);

    [Fact]
    public void Simulate_PrintsTheJournal_AsJsonLinesInLocalTime()
    {
        var run = Simulate(Workflows.Hello(), """{"expect":{"status":"Finished","output":["你好，世界"]}}""");

        Assert.Equal("", run.Stderr);
        Assert.Equal(0, run.ExitCode);
        var journal = Journal.Parse(run);
        Assert.Equal(["Started", "Output", "Completed", "Finished"], journal.Events());
        Assert.Equal("你好，世界", journal.SingleEvent("Output").Field("text"));
        Assert.Equal("say", journal.SingleEvent("Output").Field("activity"));
        Assert.All(journal, e => Assert.Equal(Workflows.Start, e.Field("time")));
    }

    [Fact]
    public void Simulate_Exits0_WhenATaskIsCompletedAndEveryExpectHolds()
    {
        var run = Simulate(Workflows.Leave(),
            """{"expect":{"status":"Waiting","openTasks":["approve"]}}""",
            """{"advance":"PT1H"}""",
            Workflows.CompleteByCounty,
            """{"expect":{"status":"Finished","openTasks":[],"output":["批准"],"variables":{"traineeName":"张三","decision":{"outcome":"Approve","comment":"同意","by":{"user":"li"}}}}}""");

        Assert.Equal("", run.Stderr);
        Assert.Equal(0, run.ExitCode);
        var journal = Journal.Parse(run);
        var created = journal.SingleEvent("TaskCreated");
        Assert.Equal("审批 张三 的请假", created.Field("title"));
        Assert.Equal("CountyOrganization", created.Field("role"));
        var completed = journal.SingleEvent("TaskCompleted");
        Assert.Equal(("Approve", "li", "2026-07-01T10:00:00+08:00"), (completed.Field("outcome"), completed.Field("by"), completed.Field("time")));
        Assert.Equal("Finished", journal[^1].Field("event"));
    }

    [Fact]
    public void Simulate_Exits0_WhenTheInstanceFaults_BecauseAFaultIsAResult()
    {
        var definition = new DefinitionBuilder("broken").Activity("fail", "Elsa.Fault", ("message", DefinitionBuilder.Literal("出错了"))).ToJson();

        var run = Simulate(definition, """{"expect":{"status":"Faulted"}}""");

        Assert.Equal("", run.Stderr);
        Assert.Equal(0, run.ExitCode);
        var faulted = Journal.Parse(run).SingleEvent("Faulted");
        Assert.Equal(("fail", "出错了"), (faulted.Field("activity"), faulted.Field("message")));
    }

    [Fact]
    public void Simulate_Exits1_AndReportsTheFailedExpect_OnStderr()
    {
        var run = Simulate(Workflows.Hello(),
            """{"expect":{"status":"Waiting"}}""",
            """{"expect":{"output":["再见"]}}""");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["wt: line 1: expected status Waiting, was Finished", "wt: line 2: expected output [再见], was [你好，世界]"], run.StderrLines);
        Assert.Equal(["Started", "Output", "Completed", "Finished"], Journal.Parse(run).Events());
    }

    [Fact]
    public void Simulate_Exits1_WhenACompletionIsRefused_ForTheWrongRole()
    {
        var run = Simulate(Workflows.Leave(),
            """{"complete":{"activity":"approve","outcome":"Approve","by":{"role":"Trainee","user":"zhang"}}}""",
            """{"expect":{"status":"Finished"}}""");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["wt: line 1: task approve is for role CountyOrganization, not Trainee"], run.StderrLines);
        var journal = Journal.Parse(run);
        Assert.Equal("TaskCreated", journal[^1].Field("event"));
        Assert.DoesNotContain("TaskCompleted", journal.Events());
    }

    [Fact]
    public void Simulate_FiresADelayAtItsOwnDueTime_WhenAdvancingPastIt()
    {
        var run = Simulate(Workflows.WaitTwoHours(),
            """{"expect":{"status":"Waiting"}}""",
            """{"advance":"P1D"}""",
            """{"expect":{"status":"Finished","output":["done"]}}""");

        Assert.Equal("", run.Stderr);
        Assert.Equal(0, run.ExitCode);
        var journal = Journal.Parse(run);
        Assert.Equal("2026-07-01T11:00:00+08:00", journal.SingleEvent("TimerScheduled").Field("due"));
        Assert.Equal("2026-07-01T11:00:00+08:00", journal.SingleEvent("TimerFired").Field("time"));
        Assert.Equal("2026-07-01T11:00:00+08:00", journal.SingleEvent("Finished").Field("time"));
    }

    [Fact]
    public void Simulate_RunsChildWorkflows_FromTheDefinitionsDirectory_SkippingInvalidFiles()
    {
        var children = Path.Combine(_dir.Path, "children");
        _dir.Write("children/child.json", Workflows.Child("greeter"));
        _dir.Write("children/broken.json", Workflows.HttpEndpoint());
        _dir.Write("children/notes.json", "not json at all");

        var run = WtRun.InProcess("simulate", _dir.Write("parent.json", Workflows.Parent("greeter")),
            "--script", _dir.WriteScript("script.jsonl", """{"expect":{"status":"Finished","output":["child done"]}}"""),
            "--start", Workflows.Start, "--definitions", children);

        Assert.Equal("", run.Stderr);
        Assert.Equal(0, run.ExitCode);
        var journal = Journal.Parse(run);
        Assert.Equal("Finished", journal.SingleEvent("ChildEnded").Field("message"));
    }

    [Fact]
    public void Simulate_FindsChildWorkflows_BesideTheFile_ByDefault()
    {
        _dir.Write("child.json", Workflows.Child("greeter"));

        var run = Simulate(Workflows.Parent("greeter"), """{"expect":{"status":"Finished","output":["child done"]}}""");

        Assert.Equal("", run.Stderr);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Simulate_Exits2_AndPrintsTheProblems_WhenTheDefinitionIsInvalid()
    {
        var file = _dir.Write("http.json", Workflows.HttpEndpoint());

        var run = WtRun.InProcess("simulate", file, "--script", _dir.WriteScript("script.jsonl", """{"expect":{"status":"Finished"}}"""), "--start", Workflows.Start);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal([$"{file}: root.activities[0].type: activity type Elsa.HttpEndpoint is not supported by this engine"], run.StderrLines);
    }

    [Fact]
    public void Simulate_Exits2_WhenAScriptLineCannotBeRead()
    {
        var script = _dir.WriteScript("script.jsonl", "// comments are fine", """{"jump":"PT1H"}""");

        var run = WtRun.InProcess("simulate", _dir.Write("hello.json", Workflows.Hello()), "--script", script, "--start", Workflows.Start);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal([$"wt: {script}: line 2: unknown command 'jump'"], run.StderrLines);
    }

    [Fact]
    public void Simulate_Exits2_WhenTheScriptOptionIsMissing()
    {
        var run = WtRun.InProcess("simulate", _dir.Write("hello.json", Workflows.Hello()), "--start", Workflows.Start);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("wt: ", line, StringComparison.Ordinal);
        Assert.Contains("--script", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_Exits2_WhenTheScriptFileIsMissing()
    {
        var script = Path.Combine(_dir.Path, "missing.jsonl");

        var run = WtRun.InProcess("simulate", _dir.Write("hello.json", Workflows.Hello()), "--script", script, "--start", Workflows.Start);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"wt: {script}: script not found"], run.StderrLines);
    }

    [Fact]
    public void Simulate_Exits2_WhenTheStartIsNotADateTime()
    {
        var run = WtRun.InProcess("simulate", _dir.Write("hello.json", Workflows.Hello()), "--script", _dir.WriteScript("script.jsonl", ""), "--start", "next monday");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["wt: --start: 'next monday' is not a date-time; write e.g. 2026-07-01T09:00:00+08:00"], run.StderrLines);
    }

    [Fact]
    public void Simulate_Exits2_WhenTheDefinitionFileIsMissing()
    {
        var file = Path.Combine(_dir.Path, "missing.json");

        var run = WtRun.InProcess("simulate", file, "--script", _dir.WriteScript("script.jsonl", ""), "--start", Workflows.Start);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"{file}: $: file not found"], run.StderrLines);
    }

    [Fact]
    public void Simulate_ReadsAStartWithoutOffset_AsShanghaiTime()
    {
        var run = WtRun.InProcess("simulate", _dir.Write("hello.json", Workflows.Hello()), "--script", _dir.WriteScript("script.jsonl", ""), "--start", "2026-07-01 09:00");

        Assert.Equal(0, run.ExitCode);
        Assert.All(Journal.Parse(run), e => Assert.Equal(Workflows.Start, e.Field("time")));
    }
}
