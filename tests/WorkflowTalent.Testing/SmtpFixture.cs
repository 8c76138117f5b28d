using Xunit;

namespace WorkflowTalent.Testing;

/// <summary>One SMTP server per test class or collection; tests that stop it should start their own <see cref="SmtpServer"/>.</summary>
public sealed class SmtpFixture : IAsyncLifetime
{
    private SmtpServer? server;

    public SmtpServer Server => server ?? throw new InvalidOperationException("The SMTP fixture has not been initialized.");

    public async Task InitializeAsync() => server = await SmtpServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
