using System.CommandLine;

namespace WorkflowTalent.Cli;

/// <summary><c>wt validate FILE...</c>: one line per problem on stdout; exit 0 when every file is valid (warnings allowed), else 1.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout)
    {
        var files = new Argument<string[]>("FILE")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Workflow definition files (Elsa 3 JSON).",
        };
        var command = new Command("validate", "Checks workflow definitions and prints each problem as FILE: PATH: message.") { files };
        command.SetAction(parseResult => Run(parseResult.GetRequiredValue(files), stdout));
        return command;
    }

    public static int Run(IReadOnlyList<string> files, TextWriter stdout)
    {
        var validator = DefinitionFiles.NewValidator();
        var allValid = true;
        foreach (var file in files)
        {
            var result = DefinitionFiles.Validate(validator, file);
            foreach (var problem in result.Problems)
                stdout.WriteLine(DefinitionFiles.Describe(file, problem));
            allValid &= result.IsValid;
        }

        return allValid ? ExitCodes.Success : ExitCodes.Failure;
    }
}
