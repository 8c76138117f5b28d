using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Validation;

namespace WorkflowTalent.Server.Definitions;

/// <summary>
/// Definition versions in the database: drafts, the one published version per definition, retired versions.
/// Publishing a new version retires the previous one for new cases; running cases keep theirs.
/// </summary>
public sealed class DefinitionCatalog(WorkflowDbContext db, EfWorkflowStore store, DefinitionValidator validator, TimeProvider clock)
{
    /// <summary>Properties that number or label a version rather than describe the process.</summary>
    private static readonly string[] VersionProperties = ["id", "version", "isPublished", "isLatest", "createdAt"];

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
        foreach (var previous in db.Definitions.Where(d => d.DefinitionId == definition.DefinitionId && d.Status == DefinitionStatus.Published))
        {
            previous.Status = DefinitionStatus.Retired;
            previous.RetiredAt = clock.GetUtcNow();
        }

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

    /// <summary>Whether two documents describe the same process, whatever their version numbers.</summary>
    public static bool SameProcess(JsonObject a, JsonObject b) => JsonNode.DeepEquals(WithoutVersion(a), WithoutVersion(b));

    private static JsonObject WithoutVersion(JsonObject document)
    {
        var copy = (JsonObject)document.DeepClone();
        foreach (var property in VersionProperties)
            copy.Remove(property);
        return copy;
    }
}
