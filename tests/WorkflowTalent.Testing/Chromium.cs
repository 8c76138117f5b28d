namespace WorkflowTalent.Testing;

/// <summary>
/// Debian's Chromium for browser tests, installed with apt-get when missing (as root, as on CI): a test tool's own
/// browser download cannot reach its servers from here, so tests launch this binary by its path.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>
    /// Headless, without a sandbox (tests run as root), and without Chromium's own network traffic (updates,
    /// sync, QUIC): this machine's closed network refuses it, and each refusal would slow or disturb the tests.
    /// </summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static Task EnsureInstalledAsync(CancellationToken cancellationToken = default) =>
        AptPackages.EnsureInstalledAsync(() => File.Exists(ExecutablePath), ["chromium"], cancellationToken);
}
