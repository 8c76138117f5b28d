namespace WorkflowTalent.Server.Access;

public static class AccessModule
{
    public static IServiceCollection AddWorkflowAccess(this IServiceCollection services) => services.AddScoped<AccessResolver>();
}
