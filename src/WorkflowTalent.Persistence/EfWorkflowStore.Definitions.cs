using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Workflows.Definitions;

namespace WorkflowTalent.Persistence;

public sealed partial class EfWorkflowStore
{
    public WorkflowDefinition? Find(string definitionId, int version)
    {
        if (_definitions.TryGetValue((definitionId, version), out var cached))
            return cached;
        var record = db.Definitions.AsNoTracking().SingleOrDefault(d => d.DefinitionId == definitionId && d.Version == version);
        return _definitions[(definitionId, version)] = record is null ? null : Read(record.Json);
    }

    public WorkflowDefinition? FindPublished(string definitionId)
    {
        var version = db.Definitions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId && d.Status == DefinitionStatus.Published)
            .Max(d => (int?)d.Version);
        return version is { } v ? Find(definitionId, v) : null;
    }

    /// <summary>Stages a definition version, its JSON kept exactly as written.</summary>
    public DefinitionRecord AddDefinition(string json, DefinitionStatus status)
    {
        var definition = Read(json);
        var now = _clock.GetUtcNow();
        var record = new DefinitionRecord
        {
            Id = definition.Id,
            DefinitionId = definition.DefinitionId,
            Version = definition.Version,
            Status = status,
            Name = definition.Name,
            Json = json,
            CreatedAt = now,
            PublishedAt = status == DefinitionStatus.Published ? now : null,
        };
        db.Definitions.Add(record);
        return record;
    }

    private static WorkflowDefinition Read(string json)
    {
        var read = DefinitionSerializer.Read(json);
        return read.HasErrors
            ? throw new InvalidOperationException($"the stored definition does not read: {string.Join("; ", read.Problems)}")
            : read.Definition!;
    }
}
