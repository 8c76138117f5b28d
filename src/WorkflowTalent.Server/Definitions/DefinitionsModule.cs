namespace WorkflowTalent.Server.Definitions;

public static class DefinitionsModule
{
    public static IServiceCollection AddWorkflowDefinitions(this IServiceCollection services)
    {
        services.AddScoped<DefinitionCatalog>();
        services.AddScoped<WorkflowImporter>();
        return services;
    }
}
