using WorkflowTalent.Persistence;
using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Engine;

/// <summary>
/// Runs one step of the engine inside the request or job that caused it, in one transaction with one commit
/// (issue #4): the instance, its tasks, timers, journal and mails, and whatever the caller stages beside them.
/// </summary>
public sealed class WorkflowSteps(WorkflowStepCommitter committer, WorkflowHost host, EfWorkflowStore store)
{
    /// <summary>Concurrent changes to one instance are retried this often before the caller gets 409.</summary>
    public const int Retries = 2;

    public WorkflowHost Host => host;

    public EfWorkflowStore Store => store;

    /// <summary>
    /// Runs <paramref name="step"/> and commits; <paramref name="alsoStage"/> stages service rows (history,
    /// who started a case) with the step's result, in the same transaction.
    /// </summary>
    public StepResult Run(Func<WorkflowHost, StepResult> step, Action<StepResult, EfWorkflowStore>? alsoStage = null)
    {
        ArgumentNullException.ThrowIfNull(step);
        return committer.Commit(() =>
        {
            var result = step(host);
            alsoStage?.Invoke(result, store);
            return result;
        }, Retries);
    }
}
