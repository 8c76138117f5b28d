namespace WorkflowTalent.Server.Definitions;

public static class DefinitionEndpoints
{
    public static IEndpointRouteBuilder MapDefinitionEndpoints(this IEndpointRouteBuilder app) => app;
}
