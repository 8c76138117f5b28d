namespace WorkflowTalent.Server.Instances;

public static class InstanceEndpoints
{
    public static IEndpointRouteBuilder MapInstanceEndpoints(this IEndpointRouteBuilder app) => app;
}
