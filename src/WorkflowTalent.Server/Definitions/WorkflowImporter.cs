using WorkflowTalent.Persistence;

namespace WorkflowTalent.Server.Definitions;

/// <summary>
/// On start, every definition in the repository's <c>workflows/</c> folder is published as a new version when
/// it changed and left alone when not, so the repository is the source of the shipped process.
/// </summary>
internal sealed partial class WorkflowImporter(DefinitionCatalog catalog, WorkflowDbContext db, IConfiguration configuration, IHostEnvironment environment, ILogger<WorkflowImporter> log)
{
    public const string ImportedBy = "import";

    public IReadOnlyList<DefinitionCatalog.ImportOutcome> ImportAll()
    {
        var folder = Folder();
        if (folder is null)
        {
            LogNoFolder(log);
            return [];
        }

        var outcomes = new List<DefinitionCatalog.ImportOutcome>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var outcome = catalog.PublishIfChanged(File.ReadAllText(file), ImportedBy);
            if (outcome.Problems.Any(p => p.IsError))
                LogInvalid(log, Path.GetFileName(file), string.Join("; ", outcome.Problems.Where(p => p.IsError).Take(10)));
            else if (outcome.Published)
            {
                db.SaveChanges();
                LogPublished(log, outcome.DefinitionId, outcome.Version ?? 0, Path.GetFileName(file));
            }

            outcomes.Add(outcome);
        }

        return outcomes;
    }

    /// <summary>Workflows:ImportFolder, else the nearest <c>workflows</c> folder above the content root or the binaries.</summary>
    private string? Folder()
    {
        if (configuration["Workflows:ImportFolder"] is { Length: > 0 } configured)
            return Path.GetFullPath(configured, environment.ContentRootPath);
        foreach (var start in new[] { environment.ContentRootPath, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "workflows")))
                    return Path.Combine(dir.FullName, "workflows");
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No workflows/ folder found; no definitions imported")]
    private static partial void LogNoFolder(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Workflow file {File} does not validate and was not imported: {Problems}")]
    private static partial void LogInvalid(ILogger logger, string file, string problems);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {DefinitionId} v{Version} from {File}")]
    private static partial void LogPublished(ILogger logger, string definitionId, int version, string file);
}
