using WorkflowTalent.Persistence;
using WorkflowTalent.Server.Definitions;
using WorkflowTalent.Server.Identity;
using WorkflowTalent.Server.Plan;

namespace WorkflowTalent.Server.Storage;

public static class ServiceStartup
{
    /// <summary>
    /// Before the first request: the database is migrated, roles and users exist, the plan's reference data and
    /// settings exist, workflows/ is imported.
    /// </summary>
    public static async Task PrepareWorkflowServiceAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.MigrateWorkflowDatabase();
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<UserSeeder>().SeedAsync();
        await scope.ServiceProvider.GetRequiredService<PlanSeeder>().SeedAsync();
        scope.ServiceProvider.GetRequiredService<WorkflowImporter>().ImportAll();
    }
}
