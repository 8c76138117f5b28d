using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Validation;

namespace WorkflowTalent.Server.Definitions;

/// <summary>
/// Definition versions in the database: drafts, the one published version per definition, retired versions.
/// Publishing a new version retires the previous one for new cases; running cases keep theirs.
/// </summary>
public sealed partial class DefinitionCatalog(WorkflowDbContext db, EfWorkflowStore store, DefinitionValidator validator, TimeProvider clock, CompiledWorkflowCache compiled)
{
    /// <summary>Properties that number or label a version rather than describe the process.</summary>
    private static readonly string[] VersionProperties = ["id", "version", "isPublished", "isLatest", "createdAt"];

    // Versions whose compiled form may be stale once the staged changes are saved.
    private readonly List<(string DefinitionId, int Version)> _changed = [];

    public sealed record ImportOutcome(string DefinitionId, int? Version, bool Published, IReadOnlyList<ValidationProblem> Problems);

    /// <summary>
    /// Publishes <paramref name="json"/> as a new version unless the latest published version already says the
    /// same (then nothing changes). Invalid JSON publishes nothing and returns its problems. Not saved: the caller saves.
    /// </summary>
    public ImportOutcome PublishIfChanged(string json, string changedBy)
    {
        var validation = validator.Validate(json);
        if (!validation.IsValid)
            return new(validation.Definition?.DefinitionId ?? "?", null, false, validation.Problems);
        var definition = validation.Definition!;
        var latest = LatestPublished(definition.DefinitionId);
        if (latest is not null && SameProcess(DefinitionSerializer.Read(latest.Json).Definition!.Document, definition.Document))
            return new(definition.DefinitionId, latest.Version, false, validation.Problems);
        var published = Publish(definition, changedBy);
        return new(definition.DefinitionId, published.Version, true, validation.Problems);
    }

    /// <summary>Stages <paramref name="definition"/> as the next version, published; the previous published version retires.</summary>
    public DefinitionRecord Publish(WorkflowDefinition definition, string changedBy)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var next = NextVersion(definition.DefinitionId);
        RetirePublished(definition.DefinitionId, changedBy);
        var record = store.AddDefinition(DefinitionSerializer.Write(DefinitionSerializer.WithVersion(definition, next, isPublished: true)), DefinitionStatus.Published);
        record.ChangedBy = changedBy;
        return record;
    }

    public int NextVersion(string definitionId) =>
        (db.Definitions.Where(d => d.DefinitionId == definitionId).Max(d => (int?)d.Version) ?? 0) + 1;

    public DefinitionRecord? LatestPublished(string definitionId) =>
        db.Definitions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId && d.Status == DefinitionStatus.Published)
            .OrderByDescending(d => d.Version)
            .FirstOrDefault();

    /// <summary>One version, tracked, so that it can be changed.</summary>
    public DefinitionRecord? Find(string definitionId, int version) =>
        db.Definitions.SingleOrDefault(d => d.DefinitionId == definitionId && d.Version == version);

    /// <summary>
    /// Saves what was staged, then forgets the compiled form of every version it changed. A version number another
    /// request took first is refused as a conflict: nothing is saved, and the caller may try again.
    /// </summary>
    public void SaveChanges()
    {
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException ex) when (TookByAnother(ex))
        {
            throw new WorkflowRefusedException("another change to this definition was saved at the same time; reload it and try again", RefusalReason.Conflict);
        }

        foreach (var (definitionId, version) in _changed)
            compiled.Forget(definitionId, version);
        _changed.Clear();
    }

    /// <summary>Whether two documents describe the same process, whatever their version numbers.</summary>
    public static bool SameProcess(JsonObject a, JsonObject b) => JsonNode.DeepEquals(WithoutVersion(a), WithoutVersion(b));

    private void RetirePublished(string definitionId, string changedBy)
    {
        foreach (var previous in db.Definitions.Where(d => d.DefinitionId == definitionId && d.Status == DefinitionStatus.Published))
        {
            previous.Status = DefinitionStatus.Retired;
            previous.RetiredAt = clock.GetUtcNow();
            previous.ChangedBy = changedBy;
        }
    }

    // The unique (definitionId, version) index: a new version whose number was saved by someone else meanwhile.
    private bool TookByAnother(DbUpdateException ex) =>
        ex.Entries.Any(e => e.State == EntityState.Added && e.Entity is DefinitionRecord added
            && db.Definitions.AsNoTracking().Any(d => d.DefinitionId == added.DefinitionId && d.Version == added.Version));

    private static JsonObject WithoutVersion(JsonObject document)
    {
        var copy = (JsonObject)document.DeepClone();
        foreach (var property in VersionProperties)
            copy.Remove(property);
        return copy;
    }
}
