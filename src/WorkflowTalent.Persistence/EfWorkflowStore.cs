using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence.Instances;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Persistence;

/// <summary>
/// Every host seam over one <see cref="WorkflowDbContext"/>, for one scope (one step and what it sets in
/// motion). Seams only stage changes in the context; nothing is written until the caller saves, which
/// <see cref="WorkflowStepCommitter"/> does once, in one transaction.
/// </summary>
public sealed partial class EfWorkflowStore
    : IWorkflowDefinitionStore, IWorkflowInstanceStore, ITimerScheduler, IMailOutbox, ITaskSink, IDisposable
{
    private readonly WorkflowDbContext _db;
    private readonly TimeProvider _clock;
    private readonly DefinitionCache _parsed;

    // Journal rows wait here, outside the change tracker, until the context saves (see WriteJournal).
    private readonly List<JournalRecord> _journalToWrite = [];
    private JournalWriter? _journalWriter;

    // Identity map: WorkflowHost expects Find to return the object it saved within a step.
    private readonly Dictionary<string, LoadedInstance> _instances = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, int), WorkflowDefinition?> _definitions = [];

    public EfWorkflowStore(WorkflowDbContext db, TimeProvider? clock = null, DefinitionCache? parsedDefinitions = null)
    {
        _db = db;
        _clock = clock ?? TimeProvider.System;
        _parsed = parsedDefinitions ?? new DefinitionCache();
        _db.SavingChanges += WriteJournal;
    }

    public WorkflowDbContext Db => _db;

    /// <summary>Forgets everything loaded and staged, after a step failed or lost a race, so a retry reads afresh.</summary>
    public void Reset()
    {
        _journalToWrite.Clear();
        _instances.Clear();
        _definitions.Clear();
        _db.ChangeTracker.Clear();
    }

    public void Dispose() => _db.SavingChanges -= WriteJournal;

    /// <summary>
    /// Writes the staged journal rows as the context saves. On SQLite, which runs one command per row, inside the
    /// step's transaction, by one multi-row INSERT (a leave request's start: 1 command instead of 8, ~320 µs of
    /// 1,570 saved, docs/benchmarks.md). PostgreSQL and SQL Server already send the context's commands as one batch,
    /// where a command of its own measured no faster; there, and without a transaction, the rows go through the
    /// change tracker, so SaveChanges' own transaction takes them with everything else.
    /// </summary>
    private void WriteJournal(object? sender, SavingChangesEventArgs e)
    {
        if (_journalToWrite.Count == 0)
            return;
        if (_db.Database.CurrentTransaction is null || !_db.Database.IsSqlite())
            _db.Journal.AddRange(_journalToWrite);
        else
            (_journalWriter ??= new JournalWriter(_db)).Insert(_db.Database, _journalToWrite);
        _journalToWrite.Clear();
    }

    /// <summary>
    /// Whether rows keyed by this bookmark (its task, its timer) may already be stored: not when the bookmark was
    /// opened after the instance was read (or the instance is new), so its rows are looked up among those staged
    /// only, without a round trip.
    /// </summary>
    private bool MayBeStored(string instanceId, string bookmarkId) =>
        !_instances.TryGetValue(instanceId, out var loaded) || loaded.StoredBookmarks is not { } stored || stored.Contains(bookmarkId);

    private static T? Staged<T>(DbSet<T> set, string id) where T : class => set.Local.FindEntry(id)?.Entity;

    private sealed class LoadedInstance(WorkflowInstance instance, InstanceRecord record, int lastSequence)
    {
        /// <summary>The bookmarks the stored state had when read (none for a new instance); null when not known.</summary>
        public IReadOnlySet<string>? StoredBookmarks { get; init; }

        public WorkflowInstance Instance { get; set; } = instance;
        public InstanceRecord Record { get; } = record;

        /// <summary>How many of the instance's in-memory journal entries are already staged as rows.</summary>
        public int JournalStaged { get; set; }

        /// <summary>The highest journal sequence stored or staged.</summary>
        public int LastSequence { get; set; } = lastSequence;

        public bool EventWaitsLoaded { get; set; }
    }
}
