using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Persistence.Mail;
using WorkflowTalent.Persistence.Timers;
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

    // The tables of a step's new rows, written by NewRowWriter (see WriteNewRows).
    private static readonly HashSet<Type> StepTables =
        [typeof(InstanceRecord), typeof(TaskRecord), typeof(TaskHistoryRecord), typeof(TimerRecord), typeof(EventWaitRecord), typeof(OutboxMail)];

    // Journal rows wait here, outside the change tracker, until the context saves (see WriteNewRows).
    private readonly List<JournalRecord> _journalToWrite = [];
    private NewRowWriter? _newRows;

    // Identity map: WorkflowHost expects Find to return the object it saved within a step.
    private readonly Dictionary<string, LoadedInstance> _instances = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, int), WorkflowDefinition?> _definitions = [];

    public EfWorkflowStore(WorkflowDbContext db, TimeProvider? clock = null, DefinitionCache? parsedDefinitions = null)
    {
        _db = db;
        _clock = clock ?? TimeProvider.System;
        _parsed = parsedDefinitions ?? new DefinitionCache();
        _db.SavingChanges += WriteNewRows;
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

    public void Dispose() => _db.SavingChanges -= WriteNewRows;

    /// <summary>
    /// Writes the rows this scope created as the context saves, inside the step's transaction, with one command of
    /// multi-row INSERTs (<see cref="NewRowWriter"/>); EF Core then saves only what changed in stored rows. A leave
    /// request's start: 1,250 → ~700 µs on SQLite (docs/benchmarks.md). Without a transaction the rows go through the
    /// change tracker, so that SaveChanges' own transaction takes them with everything else.
    /// </summary>
    private void WriteNewRows(object? sender, SavingChangesEventArgs e)
    {
        if (_db.Database.CurrentTransaction is null)
        {
            _db.Journal.AddRange(_journalToWrite);
            _journalToWrite.Clear();
            return;
        }

        List<EntityEntry> added = [.. TrackedEntries.WithoutDetectingChanges(_db.ChangeTracker)
            .Where(entry => entry.State == EntityState.Added && StepTables.Contains(entry.Metadata.ClrType))];
        (_newRows ??= new NewRowWriter(_db)).Insert(_db, added, _journalToWrite);
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
