namespace WorkflowTalent.Server.Plan;

public static class PlanModule
{
    /// <summary>Officials who read the plan's data (<see cref="Access.Access.PlanReaders"/>).</summary>
    public const string Readers = "PlanReaders";

    /// <summary>Who opens batches and computes quotas (<see cref="Access.Access.PlanManagers"/>).</summary>
    public const string Managers = "PlanManagers";

    /// <summary>The plan's reference data, settings, batches and quotas over the workflow database.</summary>
    public static IServiceCollection AddPlan(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Readers, policy => policy.RequireRole(Access.Access.PlanReaders))
            .AddPolicy(Managers, policy => policy.RequireRole(Access.Access.PlanManagers));
        services.AddScoped<PlanSettingsStore>();
        services.AddScoped<PlanReference>();
        services.AddScoped<QuotaAllocations>();
        services.AddScoped<PlanSeeder>();
        return services;
    }
}
