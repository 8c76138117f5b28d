namespace WorkflowTalent.Server.Definitions;

public static class DefinitionsModule
{
    public static IServiceCollection AddWorkflowDefinitions(this IServiceCollection services)
    {
        services.AddScoped<DefinitionCatalog>();
        services.AddScoped<DefinitionQueries>();
        services.AddScoped<DefinitionSimulation>();
        services.AddScoped<WorkflowImporter>();
        return services;
    }
}
