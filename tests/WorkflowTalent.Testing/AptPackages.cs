namespace WorkflowTalent.Testing;

/// <summary>
/// Installs Debian packages on first use so `dotnet test` works on a fresh machine with nothing installed by hand.
/// Several test processes may start at once, and apt/dpkg refuse to run concurrently, so installs are serialized
/// with a file lock shared by every test process on the machine.
/// </summary>
internal static class AptPackages
{
    private const string LockPath = "/tmp/workflowtalent-apt.lock";
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan LockRetryInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan AptTimeout = TimeSpan.FromMinutes(10);
    private static readonly Dictionary<string, string> AptEnvironment = new() { ["DEBIAN_FRONTEND"] = "noninteractive" };

    // The file lock is per open file, so it also excludes this process's other fixtures; the semaphore only spares them the polling.
    private static readonly SemaphoreSlim InProcess = new(1, 1);

    // Package lists fetched once are good for the second package too; refetching costs seconds.
    private static bool listsUpdated;

    public static async Task EnsureInstalledAsync(Func<bool> isInstalled, IReadOnlyList<string> packages, CancellationToken cancellationToken)
    {
        if (isInstalled())
        {
            return;
        }

        if (Environment.UserName != "root")
        {
            throw new InvalidOperationException(
                $"Debian package(s) {string.Join(", ", packages)} are missing and only root can install them: run `apt-get install {string.Join(' ', packages)}`.");
        }

        await InProcess.WaitAsync(cancellationToken);
        try
        {
            await using var machineLock = await AcquireLockAsync(cancellationToken);

            // Another test process may have installed it while this one waited for the lock.
            if (isInstalled())
            {
                return;
            }

            if (!listsUpdated)
            {
                await ProcessRunner.RunAsync("apt-get", ["update"], AptTimeout, cancellationToken, AptEnvironment);
                listsUpdated = true;
            }

            // A package manager run outside the tests may hold dpkg's own lock; wait for it instead of failing.
            await ProcessRunner.RunAsync(
                "apt-get",
                ["install", "-y", "--no-install-recommends", "-o", "DPkg::Lock::Timeout=300", .. packages],
                AptTimeout,
                cancellationToken,
                AptEnvironment);

            if (!isInstalled())
            {
                throw new ExternalCommandException($"apt-get installed {string.Join(", ", packages)}, but the expected files are still missing.");
            }
        }
        finally
        {
            InProcess.Release();
        }
    }

    private static async Task<FileStream> AcquireLockAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive flock on Unix, released when the stream closes or the process dies.
                return new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                // Held by another test process that is installing; there is nothing to wait on but the lock itself.
                await Task.Delay(LockRetryInterval, cancellationToken);
            }
        }
    }
}
