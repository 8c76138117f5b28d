using WorkflowTalent.Server.Engine;

namespace WorkflowTalent.Server.Applications;

public static class ApplicationsModule
{
    /// <summary>Officials who register candidates (<see cref="Access.Access.ApplicationRegistrars"/>).</summary>
    public const string Registrars = "ApplicationRegistrars";

    /// <summary>
    /// Candidates' applications and the cases that carry them (issue 5); <see cref="PlanOutcomes"/> watches every step
    /// the engine applies.
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
        services.AddScoped<IWorkflowStepObserver>(sp => sp.GetRequiredService<PlanOutcomes>());
        return services;
    }
}
