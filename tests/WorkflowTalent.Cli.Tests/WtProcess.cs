using System.Diagnostics;
using System.Text;

namespace WorkflowTalent.Cli.Tests;

/// <summary>Runs the built <c>wt.dll</c> (copied beside the tests by the project reference) as a real process.</summary>
internal static class WtProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    public static async Task<WtRun> RunAsync(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "wt.dll");
        Assert.True(File.Exists(dll), $"{dll} was not built");
        // dotnet test sets DOTNET_HOST_PATH to the muxer that runs the tests; use the same one.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        // A Latin-1 locale: wt must write UTF-8 on its own, not in the encoding the environment asks for.
        info.Environment["LANG"] = "en_US.ISO-8859-1";
        info.Environment["LC_ALL"] = "en_US.ISO-8859-1";

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {dotnet}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"wt {string.Join(' ', args)} did not exit within {Timeout}");
        }

        return new WtRun(process.ExitCode, await stdout, await stderr);
    }
}
