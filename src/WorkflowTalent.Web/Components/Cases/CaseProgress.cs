using WorkflowTalent.Web.Api;

namespace WorkflowTalent.Web.Components.Cases;

/// <summary>
/// Where a case stands, read from its journal and open tasks: the activities waiting now (a task, a timer, an
/// event, or the fault that stopped it) and those it has completed.
/// </summary>
public sealed record CaseProgress(IReadOnlySet<string> Current, IReadOnlySet<string> Done)
{
    private static readonly HashSet<string> Waits = new(StringComparer.Ordinal) { "TaskCreated", "TimerScheduled", "Faulted" };
    private static readonly HashSet<string> Ends = new(StringComparer.Ordinal) { "Completed", "TaskCompleted", "TaskCancelled", "Cancelled" };

    public static CaseProgress From(CaseDetails details, IEnumerable<CaseJournalEntry> journal)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(journal);
        var current = new HashSet<string>(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in journal)
        {
            if (entry.Event == "Completed")
                done.Add(entry.Activity);
            if (Waits.Contains(entry.Event))
                current.Add(entry.Activity);
            else if (Ends.Contains(entry.Event))
                current.Remove(entry.Activity);
        }

        // An open task is where the case waits, even after its Overdue port fired (R15.1's reminders leave it open).
        current.UnionWith(details.OpenTasks.Select(t => t.ActivityId));
        if (details.Status is "Finished" or "Cancelled")
            current.Clear();
        done.ExceptWith(current);
        return new CaseProgress(current, done);
    }
}
