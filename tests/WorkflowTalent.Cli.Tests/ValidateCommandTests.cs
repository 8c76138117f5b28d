namespace WorkflowTalent.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Hello() => _dir.Write("hello.json", Workflows.Hello());

    private string HttpEndpoint() => _dir.Write("http.json", Workflows.HttpEndpoint());

    [Fact]
    public void Validate_Exits0_AndMarksWarnings_WhenTheOnlyProblemsAreWarnings()
    {
        var file = _dir.Write("orphan.json", new DefinitionBuilder("orphan")
            .Start().WriteLine("say", "hi").WriteLine("orphan", "never").Connect("start", "say").ToJson());

        var run = WtRun.InProcess("validate", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([$"{file}: root.activities[2]: warning: activity orphan cannot be reached from the start activity start, so it never runs"], run.StdoutLines);
    }

    [Fact]
    public void Validate_Exits0_AndPrintsNothing_WhenTheFileIsValid()
    {
        var run = WtRun.InProcess("validate", Hello());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Validate_Exits1_AndNamesFileAndPath_WhenAnActivityTypeIsUnsupported()
    {
        var file = HttpEndpoint();

        var run = WtRun.InProcess("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{file}: root.activities[0].type: activity type Elsa.HttpEndpoint is not supported by this engine"], run.StdoutLines);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Validate_Exits1_AndPrintsOnlyTheBadFilesLines_WhenOneOfSeveralIsBad()
    {
        var good = Hello();
        var bad = HttpEndpoint();
        var alsoGood = _dir.Write("other.json", new DefinitionBuilder("other").WriteLine("say", "x").ToJson());

        var run = WtRun.InProcess("validate", good, bad, alsoGood);

        Assert.Equal(1, run.ExitCode);
        Assert.NotEmpty(run.StdoutLines);
        Assert.All(run.StdoutLines, line => Assert.StartsWith($"{bad}: ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ReportsFileNotFound_AsAProblemOfThatFile()
    {
        var missing = Path.Combine(_dir.Path, "missing.json");

        var run = WtRun.InProcess("validate", Hello(), missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{missing}: $: file not found"], run.StdoutLines);
    }

    [Fact]
    public void Validate_ReportsBadJson_AtTheDocumentRoot()
    {
        var file = _dir.Write("broken.json", "{ \"definitionId\": ");

        var run = WtRun.InProcess("validate", file);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.StdoutLines);
        Assert.StartsWith($"{file}: $: not valid JSON: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Exits2_WhenNoFileIsGiven()
    {
        var run = WtRun.InProcess("validate");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("wt: ", line, StringComparison.Ordinal);
    }
}
