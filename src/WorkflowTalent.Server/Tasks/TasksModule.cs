namespace WorkflowTalent.Server.Tasks;

public static class TasksModule
{
    /// <summary>The inbox, the task commands and readers, per request (each over the request's DbContext).</summary>
    public static IServiceCollection AddWorkflowTasks(this IServiceCollection services)
    {
        services.AddScoped<Inbox>();
        services.AddScoped<TaskReader>();
        services.AddScoped<TaskCommands>();
        services.AddScoped<Officials>();
        return services;
    }
}
