using WorkflowTalent.Server.Events;
using WorkflowTalent.Server.Users;

namespace WorkflowTalent.Server.Instances;

public static class InstancesModule
{
    /// <summary>
    /// Cases (start, read, cancel, alter, migrate), the events that wake them and the users who work on them:
    /// Program.cs names one line for the three, as they are mapped together (issue 4).
    /// </summary>
    public static IServiceCollection AddWorkflowInstances(this IServiceCollection services)
    {
        services.AddScoped<InstanceReader>();
        services.AddScoped<InstanceMigrations>();
        services.AddWorkflowEvents();
        services.AddWorkflowUsers();
        return services;
    }
}
