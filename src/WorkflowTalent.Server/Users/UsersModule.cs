namespace WorkflowTalent.Server.Users;

public static class UsersModule
{
    public static IServiceCollection AddWorkflowUsers(this IServiceCollection services) => services.AddScoped<UserDirectory>();
}
