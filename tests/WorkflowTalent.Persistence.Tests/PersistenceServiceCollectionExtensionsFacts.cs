using Microsoft.Extensions.DependencyInjection;
using WorkflowTalent.Workflows.Hosting;

namespace WorkflowTalent.Persistence.Tests;

public sealed class PersistenceServiceCollectionExtensionsFacts
{
    [Fact]
    public void AddWorkflowPersistence_GivesEverySeamTheSameStore_WithinAScope()
    {
        using var services = new ServiceCollection().AddWorkflowPersistence("Sqlite", "Data Source=:memory:").BuildServiceProvider();
        using var scope = services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<EfWorkflowStore>();

        Assert.Same(store, scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>());
        Assert.Same(store, scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>());
        Assert.Same(store, scope.ServiceProvider.GetRequiredService<ITimerScheduler>());
        Assert.Same(store, scope.ServiceProvider.GetRequiredService<IMailOutbox>());
        Assert.Same(store, scope.ServiceProvider.GetRequiredService<ITaskSink>());
        Assert.Same(store.Db, scope.ServiceProvider.GetRequiredService<WorkflowDbContext>());
    }

    [Fact]
    public void MigrateWorkflowDatabase_CreatesTheSqliteFile_InAFolderNotYetThere()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"workflowtalent-{Guid.NewGuid():N}");
        var file = Path.Combine(folder, "data", "workflowtalent.db");
        try
        {
            using (var services = new ServiceCollection().AddWorkflowPersistence("Sqlite", $"Data Source={file};Pooling=False").BuildServiceProvider())
            {
                services.MigrateWorkflowDatabase();
                using var scope = services.CreateScope();
                Assert.Empty(scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Instances);
            }

            Assert.True(File.Exists(file));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ANewPublishedVersion_SavedInThisProcess_IsWhatTheNextStartFinds_AtOnce()
    {
        var file = Path.Combine(Path.GetTempPath(), $"workflowtalent-{Guid.NewGuid():N}.db");
        try
        {
            using var services = new ServiceCollection().AddWorkflowPersistence("Sqlite", $"Data Source={file};Pooling=False").BuildServiceProvider();
            services.MigrateWorkflowDatabase();
            Publish(services, Support.WaiterDefinition.Json);
            Assert.Equal(1, FindPublished(services));

            // Within the cache's 2 seconds: the save of version 2 in this process makes the next lookup read it.
            Publish(services, Support.WaiterDefinition.Json.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal).Replace("waiter-v1", "waiter-v2", StringComparison.Ordinal));
            Assert.Equal(2, FindPublished(services));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static void Publish(IServiceProvider services, string json)
    {
        using var scope = services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<EfWorkflowStore>();
        store.AddDefinition(json, Definitions.DefinitionStatus.Published);
        store.Db.SaveChanges();
    }

    private static int? FindPublished(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<EfWorkflowStore>().FindPublished(Support.WaiterDefinition.DefinitionId)?.Version;
    }

    [Fact]
    public void AddWorkflowPersistence_RefusesAnUnknownProvider_AtStartUp() =>
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddWorkflowPersistence("Oracle", "x"));
}
