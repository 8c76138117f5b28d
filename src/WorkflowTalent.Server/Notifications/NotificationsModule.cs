namespace WorkflowTalent.Server.Notifications;

public static class NotificationsModule
{
    /// <summary>The mail templates (parsed once), the recipients lookup and the "Reminders" settings, checked at start.</summary>
    public static IServiceCollection AddWorkflowNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section))
            .Validate(o => o.BeforeDue >= TimeSpan.Zero && o.BatchSize > 0, "Reminders: BeforeDue must not be negative and BatchSize must be positive")
            .Validate(o => o.DeadlineActions.All(r => DeadlineAction.IsValid(r.After)),
                "Reminders:DeadlineActions: After must be an ISO 8601 duration from creation (\"P2D\") or \"due\" / \"due+PT4H\"")
            .ValidateOnStart();
        services.AddSingleton<MailTemplates>();
        services.AddScoped<NotificationRecipients>();
        return services;
    }
}
