using System.Collections.Concurrent;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Timers;
using WorkflowTalent.Server.Engine;
using WorkflowTalent.Server.Storage;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Background;

/// <summary>
/// Fires every pending timer whose due time has passed, including those that fell due while the service was down.
/// Each timer fires in a scope and transaction of its own: the timer is marked fired in the step that fires it, so
/// a timer fires exactly once even when two nodes sweep at once (the loser's instance update conflicts, its retry
/// sees the timer fired and skips it), and a failing timer does not roll back or poison the others.
/// </summary>
/// <remarks>
/// A timer whose step throws stays Pending, so it is never lost; it is passed over for the rest of the sweep and
/// retried by later sweeps with a growing pause (1 min doubling to 1 h, held in memory per node), so a timer that
/// fails every time costs one attempt an hour instead of one per sweep. Marking it failed instead would need a
/// state the Timers table does not have, and would hide a timer that a fix or a restored database would fire.
/// Only a timer whose instance no longer exists is closed (Cancelled): there is nothing left for it to resume.
/// </remarks>
[AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)] // it recurs every few seconds anyway
[DisableConcurrentExecution(timeoutInSeconds: 5)]
public sealed class TimerSweepJob(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<BackgroundOptions> options, DatabaseSettings database, ILogger<TimerSweepJob> log)
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LongestPause = TimeSpan.FromHours(1);

    private readonly BackgroundOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset RetryAt)> _failing = new(StringComparer.Ordinal);

    private enum Outcome
    {
        Fired,
        Skipped,
        Failed,
    }

    /// <returns>How many timers fired.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var parallelism = _options.SweepParallelism ?? DefaultParallelism(database);
        var passedOver = new HashSet<string>(StringComparer.Ordinal);
        var fired = 0;
        var failed = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var due = ReadDue(now, passedOver);
            if (due.Count == 0)
                break;
            var outcomes = new ConcurrentBag<(TimerRecord Timer, Outcome Outcome)>();
            // Timers of one instance fire one after another: in parallel, their steps would race for the same row.
            await Parallel.ForEachAsync(due.GroupBy(t => t.InstanceId, StringComparer.Ordinal),
                new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
                (timers, token) =>
                {
                    foreach (var timer in timers)
                    {
                        token.ThrowIfCancellationRequested();
                        outcomes.Add((timer, Fire(timer, now)));
                    }

                    return ValueTask.CompletedTask;
                });
            foreach (var (timer, outcome) in outcomes)
            {
                if (outcome == Outcome.Fired)
                    fired++;
                else
                    passedOver.Add(timer.Id); // still Pending, perhaps: not again in this sweep
                if (outcome == Outcome.Failed)
                    failed++;
            }

            if (failed >= _options.SweepMaxFailures)
            {
                log.LogError("Timer sweep stopped after {Failed} failures; {Fired} timers fired; the rest wait for the next sweep", failed, fired);
                break;
            }
        }

        if (fired > 0 || failed > 0)
            log.LogInformation("Timer sweep fired {Fired} timers ({Failed} failed) due by {Now:O}", fired, failed, now);
        return fired;
    }

    // One page of due timers, without those already handled in this sweep or pausing after failures.
    private List<TimerRecord> ReadDue(DateTimeOffset now, HashSet<string> passedOver)
    {
        foreach (var (id, failing) in _failing)
        {
            if (failing.RetryAt > now)
                passedOver.Add(id);
            else if (failing.RetryAt < now - 2 * LongestPause)
                _failing.TryRemove(id, out _); // not seen since it could have been retried: fired elsewhere, or cancelled
        }

        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<EfWorkflowStore>();
        var batch = _options.SweepBatchSize;
        return [.. store.DueTimers(now, batch + passedOver.Count).Where(t => !passedOver.Contains(t.Id)).Take(batch)];
    }

    private Outcome Fire(TimerRecord timer, DateTimeOffset now)
    {
        using var scope = scopes.CreateScope();
        var steps = scope.ServiceProvider.GetRequiredService<WorkflowSteps>();
        var store = steps.Store;
        try
        {
            steps.Run(host =>
            {
                // The instance, read inside the transaction, says whether it still waits: another node may have fired
                // the timer (the bookmark is gone) or the instance re-armed it for later since the page was read. A
                // missing instance goes on to FireTimer, which refuses it (an orphan, closed below).
                if (store.Find(timer.InstanceId) is { } instance && !StillDue(instance, timer.Id, now))
                    throw new TimerNoLongerDue();
                store.MarkFired(timer, clock.GetUtcNow());
                return host.FireTimer(timer.InstanceId, timer.Id);
            });
            _failing.TryRemove(timer.Id, out _);
            return Outcome.Fired;
        }
        catch (TimerNoLongerDue)
        {
            return Outcome.Skipped;
        }
        catch (WorkflowRefusedException refused) when (refused.Reason == RefusalReason.Conflict)
        {
            // Another step changed the instance at the same time, every retry: it is still Pending if that step
            // was not this timer firing elsewhere, and the next sweep fires it.
            log.LogDebug("Timer {TimerId} of instance {InstanceId} skipped: the instance was busy", timer.Id, timer.InstanceId);
            return Outcome.Skipped;
        }
        catch (WorkflowRefusedException refused) when (refused.Reason == RefusalReason.NotFound && !InstanceExists(timer.InstanceId))
        {
            CloseOrphan(timer);
            return Outcome.Skipped;
        }
        catch (DbUpdateException) when (!IsPending(timer.Id))
        {
            // Another node fired it in the meantime; its journal rows or its instance update collided with ours.
            return Outcome.Skipped;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var failing = _failing.AddOrUpdate(timer.Id,
                _ => (1, now + FirstPause),
                (_, f) => (f.Failures + 1, now + Pause(f.Failures + 1)));
            // Ids and the exception only: instance variables (ID numbers, phone numbers) never reach the log.
            log.LogError(ex, "Timer {TimerId} of instance {InstanceId} failed to fire ({Failures} time(s)); it stays pending and is retried after {RetryAt:O}",
                timer.Id, timer.InstanceId, failing.Failures, failing.RetryAt);
            return Outcome.Failed;
        }
    }

    private static bool StillDue(WorkflowInstance instance, string bookmarkId, DateTimeOffset now) =>
        instance.Bookmarks.Find(b => b.Id == bookmarkId) is { Due: { } due } && due <= now;

    // SQLite takes one writer at a time. Elsewhere a step mostly waits on the database (about 3x faster at 6 than at 1
    // on two cores), so twice the cores, within what a connection pool comfortably gives one job.
    private static int DefaultParallelism(DatabaseSettings database) =>
        database.IsEmbeddedDefault ? 1 : Math.Clamp(Environment.ProcessorCount * 2, 4, 16);

    private static TimeSpan Pause(int failures) =>
        TimeSpan.FromTicks(Math.Min(LongestPause.Ticks, FirstPause.Ticks << Math.Min(failures - 1, 10)));

    private bool IsPending(string timerId)
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Timers.Any(t => t.Id == timerId && t.State == TimerState.Pending);
    }

    private bool InstanceExists(string instanceId)
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Instances.Any(i => i.Id == instanceId);
    }

    private void CloseOrphan(TimerRecord timer)
    {
        using var scope = scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<EfWorkflowStore>();
        store.Cancel(timer.InstanceId, timer.Id);
        store.Db.SaveChanges();
        log.LogWarning("Timer {TimerId} cancelled: its instance {InstanceId} no longer exists", timer.Id, timer.InstanceId);
    }

    // Aborts the step's transaction without a change; never leaves this class.
    private sealed class TimerNoLongerDue : Exception;
}
