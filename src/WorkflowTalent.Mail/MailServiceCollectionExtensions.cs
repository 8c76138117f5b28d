using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WorkflowTalent.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>The outbox sender, one per scope beside the scoped WorkflowDbContext of AddWorkflowPersistence.</summary>
    public static IServiceCollection AddWorkflowMail(this IServiceCollection services, Action<MailOptions> configure)
    {
        services.AddOptions<MailOptions>().Configure(configure);
        // TryAdd: a host or a test that registered its own clock keeps it.
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<OutboxMailSender>();
        return services;
    }
}
