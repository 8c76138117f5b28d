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
public sealed partial class EfWorkflowStore(WorkflowDbContext db, TimeProvider? clock = null)
    : IWorkflowDefinitionStore, IWorkflowInstanceStore, ITimerScheduler, IMailOutbox, ITaskSink
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    // Identity map: WorkflowHost expects Find to return the object it saved within a step.
    private readonly Dictionary<string, LoadedInstance> _instances = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, int), WorkflowDefinition?> _definitions = [];

    public WorkflowDbContext Db => db;

    /// <summary>Forgets everything loaded and staged, after a step failed or lost a race, so a retry reads afresh.</summary>
    public void Reset()
    {
        _instances.Clear();
        _definitions.Clear();
        db.ChangeTracker.Clear();
    }

    private sealed class LoadedInstance(WorkflowInstance instance, InstanceRecord record, int lastSequence)
    {
        public WorkflowInstance Instance { get; set; } = instance;
        public InstanceRecord Record { get; } = record;

        /// <summary>How many of the instance's in-memory journal entries are already staged as rows.</summary>
        public int JournalStaged { get; set; }

        /// <summary>The highest journal sequence stored or staged.</summary>
        public int LastSequence { get; set; } = lastSequence;

        public bool EventWaitsLoaded { get; set; }
    }
}
