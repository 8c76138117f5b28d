namespace WorkflowTalent.Server.Background;

public static class BackgroundModule
{
    public static IServiceCollection AddWorkflowBackground(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapBackgroundDashboard(this IEndpointRouteBuilder app) => app;
}
