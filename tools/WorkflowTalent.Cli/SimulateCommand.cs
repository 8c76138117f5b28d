using System.CommandLine;
using System.CommandLine.Parsing;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Simulation;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Cli;

/// <summary>
/// <c>wt simulate FILE --script SCRIPT.jsonl</c>: runs the definition through the script on a virtual clock and
/// streams the instance's journal to stdout, one JSON line per entry. Exit 0 when every expect held, 1 when one
/// failed or a step was refused, 2 when it could not run (bad arguments, an invalid definition or script).
/// </summary>
internal static class SimulateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "The workflow definition to run (Elsa 3 JSON)." };
        var script = new Option<string>("--script")
        {
            Description = "The simulation script: one JSON command a line (input, advance, advanceTo, complete, publish, cancel, expect).",
            HelpName = "SCRIPT.jsonl",
            Required = true,
        };
        var start = new Option<DateTimeOffset?>("--start")
        {
            Description = "When the virtual clock starts, e.g. 2026-07-01T09:00:00+08:00 (no offset: Asia/Shanghai). Default: now, in whole seconds.",
            HelpName = "DATE-TIME",
            CustomParser = ParseStart,
        };
        var definitions = new Option<string?>("--definitions")
        {
            Description = "Where the definitions of child workflows are: every *.json there that validates. Default: the directory of FILE.",
            HelpName = "DIR",
        };
        var command = new Command("simulate", "Runs a workflow definition through a script and prints its journal as JSON lines.")
        {
            file, script, start, definitions,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(file),
            parseResult.GetRequiredValue(script),
            parseResult.GetValue(start) ?? WholeSeconds(TimeProvider.System.GetUtcNow()),
            parseResult.GetValue(definitions),
            stdout,
            stderr));
        return command;
    }

    public static int Run(string file, string scriptFile, DateTimeOffset start, string? definitionsDirectory, TextWriter stdout, TextWriter stderr)
    {
        var validator = DefinitionFiles.NewValidator();
        var validation = DefinitionFiles.Validate(validator, file);
        foreach (var problem in validation.Problems)
            stderr.WriteLine(DefinitionFiles.Describe(file, problem));
        if (!validation.IsValid || validation.Definition is not { } definition)
            return ExitCodes.BadInput;

        if (!TryReadScript(scriptFile, stderr, out var steps))
            return ExitCodes.BadInput;

        var directory = definitionsDirectory ?? Path.GetDirectoryName(Path.GetFullPath(file))!;
        if (!Directory.Exists(directory))
        {
            stderr.WriteLine($"wt: --definitions: directory not found: {directory}");
            return ExitCodes.BadInput;
        }

        var others = DefinitionFiles.LoadValid(validator, directory, excludedFile: file);
        var simulator = new WorkflowSimulator(definition, start, others);
        var result = simulator.Run(steps, entry => stdout.WriteLine(InstanceSerializer.Serialize(entry)));
        foreach (var failure in result.Failures)
            stderr.WriteLine($"wt: {failure}");
        if (result.Refusal is { } refusal)
            stderr.WriteLine($"wt: {refusal}");
        return result.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static bool TryReadScript(string path, TextWriter stderr, out IReadOnlyList<ScriptStep> steps)
    {
        steps = [];
        if (!File.Exists(path))
        {
            stderr.WriteLine($"wt: {path}: script not found");
            return false;
        }

        try
        {
            steps = SimulationScript.Parse(File.ReadAllText(path));
            return true;
        }
        catch (ScriptException ex)
        {
            stderr.WriteLine($"wt: {path}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"wt: {path}: cannot read the script: {ex.Message}");
        }

        return false;
    }

    private static DateTimeOffset? ParseStart(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
        if (ShanghaiTime.TryParse(text, out var time))
            return time;
        result.AddError($"--start: '{text}' is not a date-time; write e.g. 2026-07-01T09:00:00+08:00");
        return null;
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));
}
