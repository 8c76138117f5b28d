using Microsoft.Extensions.DependencyInjection;
using WorkflowTalent.Workflows.Hosting;

namespace WorkflowTalent.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// The EF Core store for every host seam, one per scope (one step), and the committer that runs a step in
    /// one transaction. <paramref name="provider"/> is Sqlite, PostgreSql or SqlServer; the matching
    /// WorkflowTalent.Persistence.{provider} assembly, which holds the migrations, must be deployed beside.
    /// </summary>
    public static IServiceCollection AddWorkflowPersistence(this IServiceCollection services, string provider, string connectionString)
    {
        // Fail at start-up, not at the first request, on a provider name that is wrong.
        WorkflowDbOptions.Configure(new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder(), provider, connectionString);
        // Pooled: a step or a request takes a ready context instead of building one (the timer sweep makes many).
        services.AddDbContextPool<WorkflowDbContext>((sp, options) =>
            WorkflowDbOptions.Configure(options, provider, connectionString).AddInterceptors(sp.GetRequiredService<DefinitionChangesInterceptor>()));
        services.AddSingleton<DefinitionCache>();
        services.AddSingleton<DefinitionChangesInterceptor>();
        services.AddScoped<EfWorkflowStore>();
        services.AddScoped<IWorkflowDefinitionStore>(sp => sp.GetRequiredService<EfWorkflowStore>());
        services.AddScoped<IWorkflowInstanceStore>(sp => sp.GetRequiredService<EfWorkflowStore>());
        services.AddScoped<ITimerScheduler>(sp => sp.GetRequiredService<EfWorkflowStore>());
        services.AddScoped<IMailOutbox>(sp => sp.GetRequiredService<EfWorkflowStore>());
        services.AddScoped<ITaskSink>(sp => sp.GetRequiredService<EfWorkflowStore>());
        services.AddScoped<WorkflowStepCommitter>();
        return services;
    }
}
