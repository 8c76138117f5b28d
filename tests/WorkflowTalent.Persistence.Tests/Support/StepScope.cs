using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Persistence.Tests.Support;

/// <summary>What one request would have: its own context, the store over it, a host, and the committer.</summary>
internal sealed class StepScope : IDisposable
{
    public StepScope(WorkflowDbContext db, WorkflowRuntime runtime, TimeProvider clock)
    {
        Db = db;
        Store = new EfWorkflowStore(db, clock);
        Host = new WorkflowHost(runtime, Store, Store, Store, Store, Store);
        Committer = new WorkflowStepCommitter(db, Store);
    }

    public WorkflowDbContext Db { get; }
    public EfWorkflowStore Store { get; }
    public WorkflowHost Host { get; }
    public WorkflowStepCommitter Committer { get; }

    public void Dispose()
    {
        Store.Dispose();
        Db.Dispose();
    }
}
