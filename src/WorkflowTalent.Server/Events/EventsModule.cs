using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Events;

public static class EventsModule
{
    /// <summary>Who may publish an event to waiting cases: administrators and officials of every role.</summary>
    public const string Publishers = "EventPublishers";

    public static IServiceCollection AddWorkflowEvents(this IServiceCollection services)
    {
        // Trainees take part in their own cases through tasks and starting requests; an event could wake any
        // case that waits for it, so it is an official's act.
        services.AddAuthorizationBuilder().AddPolicy(Publishers, policy =>
            policy.RequireRole([.. WorkflowRoles.All.Where(role => role != WorkflowRoles.Trainee)]));
        return services;
    }
}
