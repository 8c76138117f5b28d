using Hangfire;
using Hangfire.AspNetCore;
using WorkflowTalent.Server.Identity;
using WorkflowTalent.Server.Notifications;
using WorkflowTalent.Server.Storage;

namespace WorkflowTalent.Server.Background;

public static class BackgroundModule
{
    /// <summary>
    /// Hangfire on the workflow database's server (in memory for the embedded default), the recurring jobs
    /// (timer sweep, mail dispatch, reminders, digest) and, unless Background:RunServer is false, a server that runs them.
    /// </summary>
    public static IServiceCollection AddWorkflowBackground(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(BackgroundOptions.Section);
        var settings = section.Get<BackgroundOptions>() ?? new BackgroundOptions();
        services.AddOptions<BackgroundOptions>().Bind(section)
            .Validate(o => o.SweepBatchSize > 0 && o.SweepParallelism is null or > 0 && o.WorkerCount > 0, "Background: SweepBatchSize, SweepParallelism and WorkerCount must be positive")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Background:TimeZone is not a known time zone")
            .ValidateOnStart();

        // Registered before AddHangfire, whose TryAdd keeps them: the storage and the activator of this host, not the
        // process-wide JobStorage.Current and JobActivator.Current (two hosts in one test run would share those).
        services.AddSingleton(sp => HangfireStorage.Create(sp.GetRequiredService<DatabaseSettings>(), settings));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (settings.RunServer)
        {
            services.AddHangfireServer((_, server) =>
            {
                server.WorkerCount = settings.WorkerCount;
                server.SchedulePollingInterval = settings.PollInterval;
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        }

        services.AddHostedService<RecurringJobsRegistrar>();
        services.AddSingleton<TimerSweepJob>();
        services.AddScoped<MailDispatchJob>();
        services.AddScoped<TaskRemindersJob>();
        services.AddScoped<DailyDigestJob>();
        services.AddWorkflowNotifications(configuration);
        return services;
    }

    /// <summary>The Hangfire dashboard at /hangfire and the outbox API, for administrators only.</summary>
    public static IEndpointRouteBuilder MapBackgroundDashboard(this IEndpointRouteBuilder app)
    {
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
            {
                Authorization = [new AdministratorsDashboardFilter()],
                AsyncAuthorization = [],
                DashboardTitle = "玉溪市基层人才对口培养 · 后台任务 Background jobs",
                DisplayStorageConnectionString = false,
                AppPath = "/",
            })
            .RequireAuthorization(IdentityModule.AdministratorsOnly);
        app.MapOutboxApi();
        return app;
    }
}
