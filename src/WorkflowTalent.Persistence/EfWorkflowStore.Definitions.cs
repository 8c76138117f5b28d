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
        if (_parsed.TryGet(definitionId, version, out var parsed))
            return _definitions[(definitionId, version)] = parsed;
        var record = _db.Definitions.AsNoTracking().SingleOrDefault(d => d.DefinitionId == definitionId && d.Version == version);
        var definition = record is null ? null : Read(record.Json);
        // Published and retired versions never change again; a draft is edited in place, so it is read afresh.
        if (definition is not null && record!.Status != DefinitionStatus.Draft)
            _parsed.Add(definition);
        return _definitions[(definitionId, version)] = definition;
    }

    public WorkflowDefinition? FindPublished(string definitionId)
    {
        if (!_parsed.TryGetPublished(definitionId, out var version))
        {
            var generation = _parsed.Generation;
            version = _db.Definitions.AsNoTracking()
                .Where(d => d.DefinitionId == definitionId && d.Status == DefinitionStatus.Published)
                .Max(d => (int?)d.Version);
            _parsed.SetPublished(definitionId, version, generation);
        }

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
        _db.Definitions.Add(record);
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
