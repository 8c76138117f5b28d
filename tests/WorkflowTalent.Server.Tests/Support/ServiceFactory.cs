using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace WorkflowTalent.Server.Tests.Support;

/// <summary>The real service in-process, on a real database, with a fake clock and no Hangfire server (tests run jobs themselves).</summary>
public sealed class ServiceFactory(string provider, string connectionString, FakeTimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public string MailPickup { get; } = Path.Combine(Path.GetTempPath(), $"wt-pickup-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("DemoUsers:Seed", "true");
        builder.UseSetting("Background:RunServer", "false");
        builder.UseSetting("Mail:PickupDirectory", MailPickup);
        builder.UseSetting("Workflows:ImportFolder", TestPaths.Workflows);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
    }
}
