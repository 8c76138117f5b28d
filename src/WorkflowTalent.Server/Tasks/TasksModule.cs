namespace WorkflowTalent.Server.Tasks;

public static class TasksModule
{
    public static IServiceCollection AddWorkflowTasks(this IServiceCollection services) => services;
}
