using System.Diagnostics;

namespace WorkflowTalent.Testing;

/// <summary>Runs a program to completion with a timeout; a failure carries its output so a broken setup explains itself.</summary>
internal static class ProcessRunner
{
    // Enough of apt-get's or initdb's output to see the cause without flooding the test log.
    private const int MaxOutputInMessage = 4000;

    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The test's working directory may be unreadable to the postgres user, which initdb and pg_ctl complain about.
            WorkingDirectory = "/tmp",
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        var commandLine = string.Join(' ', startInfo.ArgumentList.Prepend(fileName));
        using var process = StartOrThrow(startInfo, commandLine);
        var standardOutput = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var standardError = process.StandardError.ReadToEndAsync(CancellationToken.None);

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new ExternalCommandException(
                $"`{commandLine}` did not finish within {timeout}.{await DescribeOutputAsync(standardOutput, standardError)}");
        }

        var result = new ProcessResult(process.ExitCode, await standardOutput, await standardError);
        if (result.ExitCode != 0)
        {
            throw new ExternalCommandException(
                $"`{commandLine}` exited with code {result.ExitCode}.{Describe(result.StandardOutput, result.StandardError)}");
        }

        return result;
    }

    internal static string Describe(string standardOutput, string standardError) =>
        $"\nstderr:\n{Tail(standardError)}\nstdout:\n{Tail(standardOutput)}";

    private static Process StartOrThrow(ProcessStartInfo startInfo, string commandLine)
    {
        try
        {
            return Process.Start(startInfo) ?? throw new ExternalCommandException($"`{commandLine}` did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new ExternalCommandException($"`{commandLine}` could not start: {exception.Message}", exception);
        }
    }

    private static async Task<string> DescribeOutputAsync(Task<string> standardOutput, Task<string> standardError)
    {
        // The process tree is killed, so the pipes close; the bound only guards against a stray daemon holding them.
        try
        {
            var bound = TimeSpan.FromSeconds(5);
            return Describe(await standardOutput.WaitAsync(bound), await standardError.WaitAsync(bound));
        }
        catch (TimeoutException)
        {
            return " (output unavailable)";
        }
    }

    private static string Tail(string text) =>
        text.Length <= MaxOutputInMessage ? text : "…" + text[^MaxOutputInMessage..];
}
