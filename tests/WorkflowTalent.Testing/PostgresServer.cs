using System.Diagnostics;
using System.Text.RegularExpressions;

namespace WorkflowTalent.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster in a temp directory, on its own loopback port, with trust authentication.
/// Dispose stops it and deletes its files, so every test run starts from an empty server.
/// </summary>
public sealed partial class PostgresServer : IAsyncDisposable
{
    private const string PostgresUser = "postgres";
    private const int StartAttempts = 3;
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    private readonly string binDirectory;
    private readonly string rootDirectory;
    private bool disposed;

    private PostgresServer(string binDirectory, string rootDirectory)
    {
        this.binDirectory = binDirectory;
        this.rootDirectory = rootDirectory;
    }

    public int Port { get; private set; }

    public string ConnectionString => ConnectionStringFor("postgres");

    /// <summary>Time spent in <see cref="StartAsync"/>, including any package install; for diagnosing slow test runs.</summary>
    public TimeSpan StartupDuration { get; private set; }

    private string DataDirectory => Path.Combine(rootDirectory, "data");

    private string LogFile => Path.Combine(rootDirectory, "server.log");

    // durable: commits fsync as a production server's do. By default they do not (fsync=off): tests do not need it,
    // and it makes commits nearly free; benchmarks that compare against the cost of a commit ask for durable.
    public static async Task<PostgresServer> StartAsync(bool durable = false, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        await AptPackages.EnsureInstalledAsync(() => FindBinDirectory() is not null, ["postgresql"], cancellationToken);
        var binDirectory = FindBinDirectory() ?? throw new InvalidOperationException("PostgreSQL binaries not found under /usr/lib/postgresql.");

        // Under /tmp rather than $TMPDIR: the postgres user must be able to reach the directory.
        var rootDirectory = Path.Combine("/tmp", $"workflowtalent-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(rootDirectory);
        var server = new PostgresServer(binDirectory, rootDirectory);
        try
        {
            await server.InitializeClusterAsync(cancellationToken);
            await server.StartOnFreePortAsync(durable, cancellationToken);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        server.StartupDuration = stopwatch.Elapsed;
        return server;
    }

    /// <summary>Creates an empty database and returns a connection string for it, so tests do not share tables.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        // The name goes into a command line and an identifier; plain lower-case names need no quoting anywhere.
        if (!DatabaseName().IsMatch(name))
        {
            throw new ArgumentException("Use lower-case letters, digits and underscores, starting with a letter or underscore (at most 63).", nameof(name));
        }

        await ProcessRunner.RunAsync(
            Path.Combine(binDirectory, "createdb"),
            ["-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", PostgresUser, name],
            CommandTimeout,
            cancellationToken);
        return ConnectionStringFor(name);
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            try
            {
                // Immediate: the files are deleted next, so a clean shutdown checkpoint would be wasted time.
                await RunAsPostgresAsync("pg_ctl", ["stop", "-D", DataDirectory, "-m", "immediate", "-w"], CancellationToken.None);
            }
            catch (ExternalCommandException)
            {
                KillPostmaster();
            }
        }

        if (Directory.Exists(rootDirectory))
        {
            Directory.Delete(rootDirectory, recursive: true);
        }
    }

    private static string? FindBinDirectory()
    {
        const string installRoot = "/usr/lib/postgresql";
        if (!Directory.Exists(installRoot))
        {
            return null;
        }

        // Highest major version if several are installed; versions are plain integers since PostgreSQL 10.
        return Directory.EnumerateDirectories(installRoot)
            .Select(directory => Path.Combine(directory, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
            .FirstOrDefault();
    }

    private async Task InitializeClusterAsync(CancellationToken cancellationToken)
    {
        if (IsRoot)
        {
            // initdb and postgres refuse to run as root.
            await ProcessRunner.RunAsync("chown", [$"{PostgresUser}:{PostgresUser}", rootDirectory], CommandTimeout, cancellationToken);
        }

        // --no-sync: a throwaway cluster need not survive a power cut, and fsyncing initdb's files takes seconds.
        await RunAsPostgresAsync(
            "initdb",
            ["-D", DataDirectory, "-A", "trust", "-U", PostgresUser, "-E", "UTF8", "--no-locale", "--no-sync"],
            cancellationToken);
    }

    private async Task StartOnFreePortAsync(bool durable, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort.Next();
            try
            {
                // -l is required: without it postgres inherits pg_ctl's stdout and the output pipe never closes.
                await RunAsPostgresAsync(
                    "pg_ctl",
                    [
                        "start", "-D", DataDirectory, "-w", "-t", "60", "-l", LogFile,
                        "-o", $"-p {Port} -k {rootDirectory} -c listen_addresses=127.0.0.1 -c fsync={(durable ? "on" : "off")}",
                    ],
                    cancellationToken);
                return;
            }
            catch (ExternalCommandException exception)
            {
                var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile, cancellationToken) : "";

                // Between FreePort and postgres binding, another process may have taken the port.
                if (attempt < StartAttempts && log.Contains("already in use", StringComparison.Ordinal))
                {
                    continue;
                }

                throw new ExternalCommandException($"{exception.Message}\nserver.log:\n{log}", exception);
            }
        }
    }

    private Task<ProcessResult> RunAsPostgresAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var path = Path.Combine(binDirectory, program);
        return IsRoot
            ? ProcessRunner.RunAsync(RunUser, ["-u", PostgresUser, "--", path, .. arguments], CommandTimeout, cancellationToken)
            : ProcessRunner.RunAsync(path, arguments, CommandTimeout, cancellationToken);
    }

    private void KillPostmaster()
    {
        // Last resort when pg_ctl cannot stop it: the first line of postmaster.pid is the postmaster's process id.
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid))
        {
            try
            {
                using var postmaster = Process.GetProcessById(pid);
                postmaster.Kill(entireProcessTree: true);
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }
    }

    private string ConnectionStringFor(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={PostgresUser};Database={database}";

    private static bool IsRoot => Environment.UserName == "root";

    private static string RunUser => File.Exists("/usr/sbin/runuser") ? "/usr/sbin/runuser" : "/sbin/runuser";

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();
}
