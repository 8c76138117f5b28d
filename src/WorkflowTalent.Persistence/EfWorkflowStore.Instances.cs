using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence.Instances;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Persistence;

public sealed partial class EfWorkflowStore
{
    public WorkflowInstance? Find(string instanceId)
    {
        if (_instances.TryGetValue(instanceId, out var loaded))
            return loaded.Instance;
        var record = _db.Instances.Find(instanceId);
        if (record is null)
            return null;
        var instance = InstanceSerializer.Deserialize(record.StateJson);
        _instances[instanceId] = new LoadedInstance(instance, record, record.JournalLength)
        {
            StoredBookmarks = instance.Bookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal),
            // Stored waits mirror the stored state's event bookmarks (every save syncs them): none, nothing to load.
            EventWaitsLoaded = !instance.Bookmarks.Exists(b => b.Kind == BookmarkKind.Event),
        };
        return instance;
    }

    public void Save(WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (!_instances.TryGetValue(instance.Id, out var loaded))
        {
            // A new instance's journal begins with its start (a stored one is read without its journal): no row to look for.
            var isNew = instance.Journal is [{ Event: JournalEvents.Started }, ..];
            var existing = isNew ? null : _db.Instances.Find(instance.Id);
            var record = existing ?? _db.Instances.Add(new InstanceRecord { Id = instance.Id, DefinitionId = instance.DefinitionId, StateJson = "" }).Entity;
            loaded = new LoadedInstance(instance, record, existing?.JournalLength ?? 0)
            {
                EventWaitsLoaded = existing is null,
                StoredBookmarks = existing is null ? new HashSet<string>(StringComparer.Ordinal) : null,
            };
            _instances[instance.Id] = loaded;
        }

        loaded.Instance = instance;
        var row = loaded.Record;
        row.DefinitionVersion = instance.DefinitionVersion;
        row.Status = instance.Status;
        row.CorrelationId = instance.CorrelationId;
        row.Name = instance.Name;
        row.ParentInstanceId = instance.ParentInstanceId;
        row.StateJson = StateWithoutJournal(instance);
        row.CreatedAt = instance.CreatedAt;
        row.UpdatedAt = instance.UpdatedAt;
        row.EndedAt = instance.EndedAt;
        row.Revision++;
        StageJournal(loaded);
        row.JournalLength = loaded.LastSequence;
        SyncEventWaits(loaded);
    }

    /// <summary>The row of an instance this scope loaded or saved, to stamp service columns (who started it) in the same commit.</summary>
    public InstanceRecord? Row(string instanceId) => _instances.TryGetValue(instanceId, out var loaded) ? loaded.Record : null;

    public IReadOnlyList<(WorkflowInstance Instance, Bookmark Bookmark)> FindEventWaits(string eventName, string? correlationId)
    {
        // Load the stored waits into the context, then read the context's view, which adds the waits staged by
        // this scope's earlier steps and drops those it removed.
        _db.EventWaits.Where(w => w.EventName == eventName && (correlationId == null || w.CorrelationId == correlationId)).Load();
        var waits = _db.EventWaits.Local
            .Where(w => w.EventName == eventName && (correlationId is null || w.CorrelationId == correlationId))
            .ToList();
        var found = new List<(WorkflowInstance Instance, Bookmark Bookmark)>();
        foreach (var wait in waits)
        {
            if (Find(wait.InstanceId) is { IsEnded: false } instance && instance.Bookmarks.Find(b => b.Id == wait.Id) is { } bookmark)
                found.Add((instance, bookmark));
        }

        return [.. found.OrderBy(f => f.Instance.CreatedAt).ThenBy(f => f.Instance.Id, StringComparer.Ordinal)];
    }

    // The instance's state as the engine serialises it, but without the journal, which has rows of its own.
    private static readonly JsonSerializerOptions StateOptions = new(InstanceSerializer.Options)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                static info =>
                {
                    if (info.Type == typeof(WorkflowInstance) && info.Properties.FirstOrDefault(p => p.Name == "journal") is { } journal)
                        info.Properties.Remove(journal);
                },
            },
        },
    };

    private static string StateWithoutJournal(WorkflowInstance instance) => JsonSerializer.Serialize(instance, StateOptions);

    // The instance's journal holds only the entries written since it was loaded; each is staged once, numbered on.
    private void StageJournal(LoadedInstance loaded)
    {
        var instance = loaded.Instance;
        if (loaded.JournalStaged >= instance.Journal.Count)
            return;
        var sequence = loaded.LastSequence;
        foreach (var entry in instance.Journal.Skip(loaded.JournalStaged))
        {
            _journalToWrite.Add(new JournalRecord
            {
                InstanceId = instance.Id,
                Sequence = ++sequence,
                Time = DateTimeOffset.TryParse(entry.Time, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : instance.UpdatedAt,
                Activity = entry.Activity,
                Type = entry.Type,
                Event = entry.Event,
                EntryJson = InstanceSerializer.Serialize(entry),
            });
        }

        loaded.LastSequence = sequence;
        loaded.JournalStaged = instance.Journal.Count;
    }

    private void SyncEventWaits(LoadedInstance loaded)
    {
        var instance = loaded.Instance;
        if (!loaded.EventWaitsLoaded)
        {
            _db.EventWaits.Where(w => w.InstanceId == instance.Id).Load();
            loaded.EventWaitsLoaded = true;
        }

        var staged = _db.EventWaits.Local.Where(w => w.InstanceId == instance.Id).ToDictionary(w => w.Id, StringComparer.Ordinal);
        var open = instance.IsEnded ? [] : instance.Bookmarks.Where(b => b.Kind == BookmarkKind.Event && b.EventName is not null).ToList();
        foreach (var bookmark in open)
        {
            var correlationId = bookmark.CorrelationId ?? instance.CorrelationId;
            if (staged.Remove(bookmark.Id, out var wait))
                wait.CorrelationId = correlationId;
            else
                _db.EventWaits.Add(new EventWaitRecord { Id = bookmark.Id, InstanceId = instance.Id, EventName = bookmark.EventName!, CorrelationId = correlationId });
        }

        _db.EventWaits.RemoveRange(staged.Values);
    }
}
