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
            catch (DbUpdateException)
            {
                var read = RevisionsRead();
                transaction.Rollback();
                store.Reset();
                var raced = ChangedSince(read);
                if (raced.Count == 0)
                    throw;
                if (attempt >= retries)
                    throw new WorkflowRefusedException(
                        $"instance {string.Join(", ", raced)} was changed by another step at the same time ({attempt + 1} attempt(s)); reload it and try again",
                        RefusalReason.Conflict);
            }
            catch
            {
                transaction.Rollback();
                store.Reset();
                throw;
            }
        }
    }

    // The revision of every stored instance this step changed, as it read them.
    private List<(string Id, int Revision)> RevisionsRead() =>
        [.. db.ChangeTracker.Entries<InstanceRecord>()
            .Where(e => e.State == EntityState.Modified)
            .Select(e => (e.Entity.Id, e.Property(i => i.Revision).OriginalValue))];

    /// <summary>
    /// The instances another step changed after this one read them. A failed save is a race when there are any:
    /// the revision check tripped, or the other step's rows reached a unique index first (the same journal
    /// sequence, the same event wait), which the database reports before it gets to the revision.
    /// </summary>
    private List<string> ChangedSince(List<(string Id, int Revision)> read)
    {
        var ids = read.Select(r => r.Id).ToList();
        var stored = db.Instances.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.Revision }).ToList();
        return [.. read.Where(r => stored.Exists(s => s.Id == r.Id && s.Revision != r.Revision)).Select(r => r.Id)];
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
