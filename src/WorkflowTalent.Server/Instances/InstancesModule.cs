namespace WorkflowTalent.Server.Instances;

public static class InstancesModule
{
    public static IServiceCollection AddWorkflowInstances(this IServiceCollection services) => services;
}
