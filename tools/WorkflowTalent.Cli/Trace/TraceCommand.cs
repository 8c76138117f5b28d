using System.CommandLine;
using System.Text;

namespace WorkflowTalent.Cli.Trace;

/// <summary>
/// <c>wt trace [--root DIR] [--rules FILE] [--output FILE] [--check]</c>: writes the policy traceability report, from
/// each requirement to the definitions, code and tests that cite it. With <c>--check</c> it writes nothing and exits 1
/// when a requirement has no enforcing place or no test, or when the report on disk is out of date; 2 when it cannot run.
/// </summary>
internal static class TraceCommand
{
    public const string DefaultOutput = "docs/traceability.md";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var root = new Option<string?>("--root")
        {
            Description = $"The repository. Default: the nearest folder upward from the current one that holds {RepositoryRoot.SolutionFile}.",
            HelpName = "DIR",
        };
        var rules = new Option<string?>("--rules")
        {
            Description = $"The policy page with the requirements (- **R3.1** text). Default: {PolicyRules.DefaultRelativePath} from the repository.",
            HelpName = "FILE",
        };
        var output = new Option<string?>("--output")
        {
            Description = $"Where the report goes. Default: {DefaultOutput} in the repository.",
            HelpName = "FILE",
        };
        var check = new Option<bool>("--check")
        {
            Description = "Write nothing; exit 1 when a requirement has no enforcing place or no test, or when the report is out of date.",
        };
        var command = new Command("trace", "Writes the policy traceability report: each requirement's definitions, code and tests.")
        {
            root, rules, output, check,
        };
        command.SetAction(parseResult => Run(
            new TraceSettings(parseResult.GetValue(root), parseResult.GetValue(rules), parseResult.GetValue(output), parseResult.GetValue(check)),
            Directory.GetCurrentDirectory(),
            stdout,
            stderr));
        return command;
    }

    public static int Run(TraceSettings settings, string currentDirectory, TextWriter stdout, TextWriter stderr)
    {
        var root = settings.Root is { } given ? Path.GetFullPath(given, currentDirectory) : RepositoryRoot.Find(currentDirectory);
        if (root is null || !Directory.Exists(root))
        {
            stderr.WriteLine(root is null
                ? $"wt: no {RepositoryRoot.SolutionFile} in {currentDirectory} or above it; pass --root"
                : $"wt: --root: directory not found: {root}");
            return ExitCodes.BadInput;
        }

        var rulesPath = settings.Rules is { } rules ? Path.GetFullPath(rules, currentDirectory) : Path.GetFullPath(PolicyRules.DefaultRelativePath, root);
        var outputPath = settings.Output is { } output ? Path.GetFullPath(output, currentDirectory) : Path.GetFullPath(DefaultOutput, root);
        var outputName = Shown(root, outputPath);

        string markdown;
        TraceReport report;
        try
        {
            var requirements = ReadRequirements(rulesPath);
            report = TraceReport.Scan(root, requirements);
            var reportFolder = Path.GetDirectoryName(outputPath)!;
            markdown = TraceMarkdown.Render(report, file => RepositoryFiles.LinkFrom(root, reportFolder, file), FromRoot(root, rulesPath));
        }
        catch (TraceException ex)
        {
            stderr.WriteLine($"wt: {ex.Message}");
            return ExitCodes.BadInput;
        }

        return settings.Check
            ? Check(report, markdown, outputPath, outputName, stdout, stderr)
            : Write(report, markdown, outputPath, outputName, stdout, stderr);
    }

    private static IReadOnlyList<Requirement> ReadRequirements(string rulesPath)
    {
        string text;
        try
        {
            text = File.ReadAllText(rulesPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TraceException($"{rulesPath}: cannot read the policy page: {ex.Message}", ex);
        }

        var requirements = PolicyRules.Parse(text);
        return requirements.Count > 0
            ? requirements
            : throw new TraceException($"{rulesPath}: no requirements found (lines of the form - **R3.1** text)");
    }

    private static int Write(TraceReport report, string markdown, string outputPath, string outputName, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
            File.WriteAllText(outputPath, markdown, Utf8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"wt: {outputName}: cannot write the report: {ex.Message}");
            return ExitCodes.BadInput;
        }

        stdout.WriteLine($"{outputName}: {Summary(report)}");
        return ExitCodes.Success;
    }

    private static int Check(TraceReport report, string markdown, string outputPath, string outputName, TextWriter stdout, TextWriter stderr)
    {
        var failed = false;
        foreach (var trace in report.Incomplete)
        {
            stderr.WriteLine($"wt: {trace.Id}: {trace.Gap}");
            failed = true;
        }

        foreach (var trace in report.UnknownIds)
            stderr.WriteLine($"wt: {trace.Id}: warning: cited in the repository but not a requirement of the policy page");

        var onDisk = File.Exists(outputPath) ? File.ReadAllText(outputPath).ReplaceLineEndings("\n") : null;
        if (onDisk != markdown)
        {
            stderr.WriteLine(onDisk is null
                ? $"wt: {outputName} does not exist; generate it with `{TraceMarkdown.Command}`"
                : $"wt: {outputName} is stale: it differs from what the repository gives; regenerate it with `{TraceMarkdown.Command}`");
            failed = true;
        }

        stdout.WriteLine(Summary(report));
        return failed ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static string Summary(TraceReport report) =>
        $"{report.Requirements.Count(r => r.IsComplete)} of {report.Requirements.Count} requirements are enforced and tested";

    private static string FromRoot(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>A path in a message: from the repository root when inside it, else in full.</summary>
    private static string Shown(string root, string path) =>
        FromRoot(root, path) is var relative && (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith("../", StringComparison.Ordinal))
            ? path
            : relative;
}
