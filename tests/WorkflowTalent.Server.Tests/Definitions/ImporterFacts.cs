using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Server.Definitions;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Definitions;

/// <summary>The start-up import of workflows/: a file publishes a new version only when its process changed.</summary>
public abstract class ImporterFacts<TFixture>(TFixture service) : IClassFixture<TFixture>, IDisposable where TFixture : ServiceFixture
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wt-import-").FullName;

    [Fact]
    public async Task ImportAll_AgainWithTheSameFiles_PublishesNothing()
    {
        var outcomes = await service.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<WorkflowImporter>().ImportAll()));

        var leave = Assert.Single(outcomes, o => o.DefinitionId == "talent-leave");
        Assert.Equal((1, false), (leave.Version, leave.Published));
        Assert.Equal([(1, DefinitionStatus.Published)], service.Db(db => db.Definitions.Where(d => d.DefinitionId == "talent-leave").Select(d => new { d.Version, d.Status }).ToList()).Select(d => (d.Version, d.Status)));
    }

    [Fact]
    public async Task ImportAll_WithAChangedCopy_PublishesV2_AndRetiresV1()
    {
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());
        var file = Path.Combine(_folder, "approval.json");
        await File.WriteAllTextAsync(file, definition.Json());
        Assert.True(Assert.Single(await ImportFromFolderAsync()).Published);
        Assert.False(Assert.Single(await ImportFromFolderAsync()).Published);

        await File.WriteAllTextAsync(file, (definition with { DoneText = "改过了" }).Json());
        var changed = Assert.Single(await ImportFromFolderAsync());

        Assert.Equal((2, true), (changed.Version, changed.Published));
        Assert.Equal(
            [(1, DefinitionStatus.Retired, "import"), (2, DefinitionStatus.Published, "import")],
            service.Db(db => db.Definitions.Where(d => d.DefinitionId == definition.DefinitionId).OrderBy(d => d.Version).ToList())
                .Select(d => (d.Version, d.Status, d.ChangedBy)));
    }

    [Fact]
    public async Task ImportAll_PublishesAboveAnOpenDraft_WhichThenPublishesAsTheNextVersion()
    {
        var admin = await service.SignInAsync("admin");
        var definition = new ApprovalDefinition(ApprovalDefinition.NewId());
        await admin.PublishAsync(definition);
        await admin.PutDraftAsync(definition.DefinitionId, (definition with { DoneText = "草稿" }).Json());
        await File.WriteAllTextAsync(Path.Combine(_folder, "approval.json"), (definition with { DoneText = "仓库" }).Json());

        Assert.Equal(3, Assert.Single(await ImportFromFolderAsync()).Version);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.PublishDraftAsync(definition.DefinitionId)).StatusCode);

        Assert.Equal(
            [(1, DefinitionStatus.Retired), (3, DefinitionStatus.Retired), (4, DefinitionStatus.Published)],
            service.Db(db => db.Definitions.Where(d => d.DefinitionId == definition.DefinitionId).OrderBy(d => d.Version).ToList())
                .Select(d => (d.Version, d.Status)));
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    private Task<IReadOnlyList<DefinitionCatalog.ImportOutcome>> ImportFromFolderAsync() =>
        service.InScopeAsync(sp =>
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Workflows:ImportFolder"] = _folder }).Build();
            var importer = new WorkflowImporter(sp.GetRequiredService<DefinitionCatalog>(), sp.GetRequiredService<WorkflowDbContext>(), configuration,
                sp.GetRequiredService<IHostEnvironment>(), NullLogger<WorkflowImporter>.Instance);
            return Task.FromResult(importer.ImportAll());
        });
}

public sealed class ImporterFactsOnSqlite(SqliteServiceFixture service) : ImporterFacts<SqliteServiceFixture>(service);

public sealed class ImporterFactsOnPostgreSql(PostgreSqlServiceFixture service) : ImporterFacts<PostgreSqlServiceFixture>(service);
