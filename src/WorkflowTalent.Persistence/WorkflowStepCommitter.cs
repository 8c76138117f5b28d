using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence.Instances;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Persistence;

/// <summary>
/// Runs one host call (a step and what it sets in motion) in one transaction and saves once: the instance,
/// its journal, tasks, timers, event waits and mails commit together, or nothing does.
/// </summary>
public sealed class WorkflowStepCommitter(WorkflowDbContext db, EfWorkflowStore store)
{
    /// <summary>
    /// Runs <paramref name="step"/>; when another step changed the same instance first, forgets what was
    /// loaded and runs it again, up to <paramref name="retries"/> times, then refuses it as a conflict.
    /// </summary>
    public T Commit<T>(Func<T> step, int retries = 0)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentOutOfRangeException.ThrowIfNegative(retries);
        for (var attempt = 0; ; attempt++)
        {
            using var transaction = db.Database.BeginTransaction();
            try
            {
                var result = step();
                db.SaveChanges();
                transaction.Commit();
                return result;
            }
            catch (DbUpdateConcurrencyException conflict) when (conflict.Entries.Any(e => e.Entity is InstanceRecord))
            {
                transaction.Rollback();
                store.Reset();
                if (attempt >= retries)
                {
                    var instanceIds = string.Join(", ", conflict.Entries.Select(e => e.Entity).OfType<InstanceRecord>().Select(i => i.Id));
                    throw new WorkflowRefusedException(
                        $"instance {instanceIds} was changed by another step at the same time ({attempt + 1} attempt(s)); reload it and try again",
                        RefusalReason.Conflict);
                }
            }
            catch
            {
                transaction.Rollback();
                store.Reset();
                throw;
            }
        }
    }

    public void Commit(Action step, int retries = 0)
    {
        ArgumentNullException.ThrowIfNull(step);
        Commit(() =>
        {
            step();
            return true;
        }, retries);
    }
}
