using System.Collections.Concurrent;
using WorkflowTalent.Workflows.Definitions;

namespace WorkflowTalent.Persistence;

/// <summary>
/// What the stores of one process share about definitions: parsed versions that no longer change (published,
/// retired), so that starting a case does not read and parse the definition's JSON again (drafts are never cached);
/// and, for a moment, which version is the published one, so that a start does not ask the database every time.
/// </summary>
public sealed class DefinitionCache(TimeProvider? clock = null)
{
    /// <summary>
    /// How long the published version read from the database is trusted. A publish in this process is seen at once
    /// (<see cref="DefinitionChangesInterceptor"/>); one on another node within this time — a start in that moment
    /// begins on the version before, as it would have a moment earlier.
    /// </summary>
    public static readonly TimeSpan PublishedVersionLifetime = TimeSpan.FromSeconds(2);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ConcurrentDictionary<(string, int), WorkflowDefinition> _parsed = new();
    private readonly ConcurrentDictionary<string, (int? Version, long ReadAt)> _published = new(StringComparer.Ordinal);
    private long _generation;

    public bool TryGet(string definitionId, int version, out WorkflowDefinition? definition)
    {
        var found = _parsed.TryGetValue((definitionId, version), out var parsed);
        definition = parsed;
        return found;
    }

    public void Add(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _parsed[(definition.DefinitionId, definition.Version)] = definition;
    }

    /// <summary>Counts definition changes in this process: read it before asking the database for the published version.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGetPublished(string definitionId, out int? version)
    {
        version = null;
        if (!_published.TryGetValue(definitionId, out var known) || _clock.GetElapsedTime(known.ReadAt) >= PublishedVersionLifetime)
            return false;
        version = known.Version;
        return true;
    }

    /// <summary>Remembers the published version read, unless a definition changed since <paramref name="generation"/>.</summary>
    public void SetPublished(string definitionId, int? version, long generation)
    {
        if (Generation == generation)
            _published[definitionId] = (version, _clock.GetTimestamp());
    }

    /// <summary>A definition was added, published, retired or removed: ask the database again.</summary>
    public void ForgetPublished()
    {
        Interlocked.Increment(ref _generation);
        _published.Clear();
    }
}
