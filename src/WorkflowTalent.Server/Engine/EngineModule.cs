using WorkflowTalent.Persistence;
using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Engine;

public static class EngineModule
{
    /// <summary>
    /// One runtime and one cache of compiled versions per process; a host and a step runner per scope
    /// (a request or a background job), over the scope's EF Core store.
    /// </summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new WorkflowRuntime(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => sp.GetRequiredService<WorkflowRuntime>().Validator);
        services.AddSingleton<CompiledWorkflowCache>();
        services.AddScoped(sp =>
        {
            var store = sp.GetRequiredService<EfWorkflowStore>();
            var host = new WorkflowHost(sp.GetRequiredService<WorkflowRuntime>(), store, store, store, store, store, sp.GetRequiredService<CompiledWorkflowCache>());
            foreach (var observer in sp.GetServices<IWorkflowStepObserver>())
                host.StepApplied += step => observer.Applied(host, step);
            return host;
        });
        services.AddScoped<WorkflowSteps>();
        return services;
    }
}
