using WorkflowTalent.Workflows.Hosting;

namespace WorkflowTalent.Server.Applications;

public static class ApplicationsModule
{
    /// <summary>Officials who register candidates (<see cref="Access.Access.ApplicationRegistrars"/>).</summary>
    public const string Registrars = "ApplicationRegistrars";

    /// <summary>
    /// Candidates' applications and the cases that carry them (issue 5). Comes after <c>AddWorkflowEngine()</c>: the
    /// scope's <see cref="WorkflowHost"/> is wrapped so that <see cref="PlanOutcomes"/> watches every step it runs.
    /// </summary>
    public static IServiceCollection AddApplications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApplicationsOptions>().Bind(configuration.GetSection(ApplicationsOptions.Section))
            .Validate(o => o.PlanDefinitionId is PlanDefinitions.Selection or PlanDefinitions.Year,
                $"{ApplicationsOptions.Section}:{nameof(ApplicationsOptions.PlanDefinitionId)} is {PlanDefinitions.Selection} or {PlanDefinitions.Year}")
            .ValidateOnStart();
        services.AddAuthorizationBuilder().AddPolicy(Registrars, policy => policy.RequireRole(Access.Access.ApplicationRegistrars));
        services.AddScoped<PartyAddresses>();
        services.AddScoped<ApplicationParties>();
        services.AddScoped<CandidateReader>();
        services.AddScoped<CountyQuota>();
        services.AddScoped<ApplicationReader>();
        services.AddScoped<ApplicationRegistration>();
        services.AddScoped<ApplicationCases>();
        services.AddScoped<PlanFunding>();
        services.AddScoped<PlanOutcomes>();
        WatchEngineSteps(services);
        return services;
    }

    // The engine's host is built per scope by EngineModule; the same factory runs, then PlanOutcomes subscribes.
    private static void WatchEngineSteps(IServiceCollection services)
    {
        var engine = services.LastOrDefault(d => d.ServiceType == typeof(WorkflowHost) && d.ImplementationFactory is not null)
            ?? throw new InvalidOperationException("AddApplications() needs AddWorkflowEngine() before it");
        services.Remove(engine);
        services.AddScoped(sp =>
        {
            var host = (WorkflowHost)engine.ImplementationFactory!(sp);
            sp.GetRequiredService<PlanOutcomes>().Watch(host);
            return host;
        });
    }
}
