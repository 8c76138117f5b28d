using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace WorkflowTalent.Testing;

/// <summary>
/// A real SMTP server (Debian's aiosmtpd) on a loopback port that stores every message in a maildir,
/// so tests read back exactly what a mail client sent. <see cref="Stop"/> and <see cref="StartAgainAsync"/>
/// simulate an outage on the same port.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    // Debian's own interpreter: the python3 on PATH may be another installation without the Debian package.
    private const string Python = "/usr/bin/python3";
    private const string AiosmtpdModule = "/usr/lib/python3/dist-packages/aiosmtpd/__init__.py";
    private const int StartAttempts = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private static readonly string[] MaildirFolders = ["new", "cur"];

    private readonly string rootDirectory;
    private readonly StringBuilder output = new();
    private Process? process;
    private bool disposed;

    private SmtpServer(string rootDirectory) => this.rootDirectory = rootDirectory;

    public string Host { get; } = "127.0.0.1";

    public int Port { get; private set; }

    /// <summary>Time spent in <see cref="StartAsync"/>, including any package install; for diagnosing slow test runs.</summary>
    public TimeSpan StartupDuration { get; private set; }

    private string Maildir => Path.Combine(rootDirectory, "maildir");

    public static async Task<SmtpServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        await AptPackages.EnsureInstalledAsync(
            () => File.Exists(Python) && File.Exists(AiosmtpdModule), ["python3-aiosmtpd"], cancellationToken);

        var server = new SmtpServer(Directory.CreateTempSubdirectory("workflowtalent-smtp-").FullName);
        try
        {
            await server.StartOnFreePortAsync(cancellationToken);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        server.StartupDuration = stopwatch.Elapsed;
        return server;
    }

    /// <summary>Every delivered message, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages() => MessageFiles().Select(file => MimeMessage.Load(file)).ToList();

    /// <summary>Waits until at least <paramref name="count"/> messages were delivered, for mail sent in the background.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(int count, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            // The server is another process that signals nothing, so the maildir is polled; delivery renames from tmp/, so a file seen is complete.
            var delivered = MessageFiles().Count;
            if (delivered >= count)
            {
                return Messages();
            }

            if (stopwatch.Elapsed > timeout)
            {
                throw new TimeoutException($"Expected {count} message(s) within {timeout}, found {delivered}.{DescribeOutput()}");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    /// <summary>Kills the server; connections to <see cref="Port"/> are refused until <see cref="StartAgainAsync"/>.</summary>
    public void Stop()
    {
        if (process is null)
        {
            return;
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
        process = null;
    }

    /// <summary>Restarts a stopped server on the same port and maildir, as a mail server back from an outage.</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (process is not null)
        {
            throw new InvalidOperationException("The SMTP server is running; call Stop first.");
        }

        await LaunchAsync(cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        if (!disposed)
        {
            disposed = true;
            Stop();
            if (Directory.Exists(rootDirectory))
            {
                Directory.Delete(rootDirectory, recursive: true);
            }
        }

        return ValueTask.CompletedTask;
    }

    private List<string> MessageFiles() =>
        MaildirFolders
            .Select(folder => Path.Combine(Maildir, folder))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles)
            .OrderBy(File.GetLastWriteTimeUtc)
            .ThenBy(file => file, StringComparer.Ordinal)
            .ToList();

    private async Task StartOnFreePortAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort.Next();
            try
            {
                await LaunchAsync(cancellationToken);
                return;
            }
            catch (ExternalCommandException) when (attempt < StartAttempts && DescribeOutput().Contains("in use", StringComparison.Ordinal))
            {
                // Another process took the port between FreePort and aiosmtpd binding it.
            }
        }
    }

    private async Task LaunchAsync(CancellationToken cancellationToken)
    {
        lock (output)
        {
            output.Clear();
        }

        var startInfo = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = rootDirectory,
        };
        foreach (var argument in new[]
        {
            // -u: unbuffered, so a bind error reaches the exception message before the process exits.
            "-u", "-m", "aiosmtpd", "-n", "-l", $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}",
            "-c", "aiosmtpd.handlers.Mailbox", Maildir,
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Settings meant for another Python installation would break Debian's interpreter.
        startInfo.Environment.Remove("PYTHONHOME");
        startInfo.Environment.Remove("PYTHONPATH");

        process = Process.Start(startInfo) ?? throw new ExternalCommandException("aiosmtpd did not start.");
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await WaitUntilAcceptingAsync(process, cancellationToken);
        }
        catch
        {
            Stop();
            throw;
        }
    }

    private async Task WaitUntilAcceptingAsync(Process server, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            if (server.HasExited)
            {
                // WaitForExit without a timeout also drains the output readers, so the message is complete.
                server.WaitForExit();
                throw new ExternalCommandException($"aiosmtpd exited with code {server.ExitCode} while starting.{DescribeOutput()}");
            }

            if (await GreetsAsync(cancellationToken))
            {
                return;
            }

            if (stopwatch.Elapsed > StartTimeout)
            {
                throw new ExternalCommandException($"aiosmtpd did not accept connections on {Host}:{Port} within {StartTimeout}.{DescribeOutput()}");
            }

            // Python takes a few hundred milliseconds to import and bind; the port is the only readiness signal.
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    /// <summary>True once an SMTP greeting arrives, which proves it is this server listening and not a stray process.</summary>
    private async Task<bool> GreetsAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            var greeting = await reader.ReadLineAsync(timeout.Token);
            await stream.WriteAsync("QUIT\r\n"u8.ToArray(), timeout.Token);
            return greeting?.StartsWith("220", StringComparison.Ordinal) == true;
        }
        catch (Exception exception) when (exception is SocketException or IOException
                                              || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private string DescribeOutput()
    {
        lock (output)
        {
            return $"\naiosmtpd output:\n{output}";
        }
    }
}
