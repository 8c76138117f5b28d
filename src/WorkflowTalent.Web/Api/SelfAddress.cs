using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace WorkflowTalent.Web.Api;

/// <summary>
/// Where this process's own API answers, for the UI's calls to it: the first address the server listens on, with a
/// wildcard host (<c>http://+:8080</c>, <c>http://[::]:8080</c>) read as loopback.
/// </summary>
public sealed class SelfAddress(IServer server)
{
    private Uri? address;

    public Uri Value => address ??= Resolve();

    private Uri Resolve()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("the server does not say where it listens");
        var first = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.First();
        var loopback = first
            .Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal);
        return new Uri(loopback.TrimEnd('/') + "/");
    }
}
