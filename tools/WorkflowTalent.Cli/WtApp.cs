using System.CommandLine;
using System.CommandLine.Invocation;
using WorkflowTalent.Cli.Trace;

namespace WorkflowTalent.Cli;

/// <summary>The <c>wt</c> command line, runnable in-process against any writers; Program.cs passes the console.</summary>
internal static class WtApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("wt: validates and simulates WorkflowTalent workflow definitions (the Elsa 3 JSON subset of FORMAT.md) and traces the policy to them.")
        {
            ValidateCommand.Create(stdout),
            SimulateCommand.Create(stdout, stderr),
            TraceCommand.Create(stdout, stderr),
        };
        var parseResult = root.Parse(args);

        // Bad arguments are exit 2 with one line each; System.CommandLine's own error action would exit 1 and print the whole help.
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
                stderr.WriteLine($"wt: {error.Message}");
            return ExitCodes.BadInput;
        }

        // Expected failures are handled by the commands as one line each; anything else is a bug and keeps its stack trace.
        return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }
}
