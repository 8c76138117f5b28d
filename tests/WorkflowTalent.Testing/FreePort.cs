using System.Net;
using System.Net.Sockets;

namespace WorkflowTalent.Testing;

/// <summary>Asks the kernel for an unused loopback port; another process can still take it before the server binds, so callers retry.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
