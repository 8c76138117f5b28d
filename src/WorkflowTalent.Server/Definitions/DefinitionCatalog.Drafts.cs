using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Workflows.Definitions;

namespace WorkflowTalent.Server.Definitions;

public sealed partial class DefinitionCatalog
{
    /// <summary>The definition's one draft, tracked, if it has one.</summary>
    public DefinitionRecord? FindDraft(string definitionId) =>
        db.Definitions.Where(d => d.DefinitionId == definitionId && d.Status == DefinitionStatus.Draft)
            .OrderByDescending(d => d.Version)
            .FirstOrDefault();

    /// <summary>
    /// Stages <paramref name="definition"/> as the draft: the existing draft is edited in place, else a new one
    /// takes the next version number. Returns the draft and whether it is new.
    /// </summary>
    public (DefinitionRecord Draft, bool Created) SaveDraft(WorkflowDefinition definition, string changedBy)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var now = clock.GetUtcNow();
        if (FindDraft(definition.DefinitionId) is { } draft)
        {
            draft.Json = DefinitionSerializer.Write(DefinitionSerializer.WithVersion(definition, draft.Version, isPublished: false));
            draft.Name = definition.Name;
            draft.UpdatedAt = now;
            draft.ChangedBy = changedBy;
            _changed.Add((draft.DefinitionId, draft.Version));
            return (draft, false);
        }

        var version = NextVersion(definition.DefinitionId);
        var created = store.AddDefinition(DefinitionSerializer.Write(DefinitionSerializer.WithVersion(definition, version, isPublished: false)), DefinitionStatus.Draft);
        created.UpdatedAt = now;
        created.ChangedBy = changedBy;
        _changed.Add((created.DefinitionId, created.Version));
        return (created, true);
    }

    /// <summary>
    /// Stages the draft as the published version (its JSON rewritten with isPublished true); the version published
    /// until now retires. <paramref name="definition"/> is the draft, already validated.
    /// </summary>
    public DefinitionRecord PublishDraft(DefinitionRecord draft, WorkflowDefinition definition, string changedBy)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(definition);
        _changed.Add((draft.DefinitionId, draft.Version));

        // A version published while the draft was being edited (an import, a roll-back) has a higher number; the
        // draft then goes out as the next number, so that the newest published version always has the highest.
        if (db.Definitions.Any(d => d.DefinitionId == draft.DefinitionId && d.Version > draft.Version))
        {
            db.Definitions.Remove(draft);
            return Publish(definition, changedBy);
        }

        RetirePublished(draft.DefinitionId, changedBy);
        var now = clock.GetUtcNow();
        draft.Json = DefinitionSerializer.Write(DefinitionSerializer.WithVersion(definition, draft.Version, isPublished: true));
        draft.Name = definition.Name;
        draft.Status = DefinitionStatus.Published;
        draft.PublishedAt = now;
        draft.UpdatedAt = now;
        draft.ChangedBy = changedBy;
        return draft;
    }

    /// <summary>Stages the removal of the draft: an administrator's abandoned edit.</summary>
    public void DiscardDraft(DefinitionRecord draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        db.Definitions.Remove(draft);
        _changed.Add((draft.DefinitionId, draft.Version));
    }
}
