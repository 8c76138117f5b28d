using WorkflowTalent.Persistence;
using WorkflowTalent.Server.Definitions;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Storage;

public static class ServiceStartup
{
    /// <summary>Before the first request: the database is migrated, roles and users exist, workflows/ is imported.</summary>
    public static async Task PrepareWorkflowServiceAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.MigrateWorkflowDatabase();
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<UserSeeder>().SeedAsync();
        scope.ServiceProvider.GetRequiredService<WorkflowImporter>().ImportAll();
    }
}
