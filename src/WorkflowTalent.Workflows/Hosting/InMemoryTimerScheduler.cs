namespace WorkflowTalent.Workflows.Hosting;

/// <summary>Timers in due order; the simulator takes them one by one as its virtual clock passes their due times.</summary>
public sealed class InMemoryTimerScheduler : ITimerScheduler
{
    private readonly SortedSet<ScheduledTimer> _timers = [];
    private readonly Dictionary<(string, string), ScheduledTimer> _byBookmark = [];
    private long _sequence;
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
                return _timers.Count;
        }
    }

    public void Schedule(string instanceId, string bookmarkId, DateTimeOffset due)
    {
        lock (_lock)
        {
            RemoveUnlocked(instanceId, bookmarkId);
            var timer = new ScheduledTimer(due, ++_sequence, instanceId, bookmarkId);
            _timers.Add(timer);
            _byBookmark[(instanceId, bookmarkId)] = timer;
        }
    }

    public void Cancel(string instanceId, string bookmarkId)
    {
        lock (_lock)
            RemoveUnlocked(instanceId, bookmarkId);
    }

    /// <summary>The earliest timer due at or before <paramref name="until"/>, taken off the schedule.</summary>
    public ScheduledTimer? TakeNextDue(DateTimeOffset until)
    {
        lock (_lock)
        {
            if (_timers.Count == 0 || _timers.Min!.Due > until)
                return null;
            var next = _timers.Min;
            RemoveUnlocked(next.InstanceId, next.BookmarkId);
            return next;
        }
    }

    private void RemoveUnlocked(string instanceId, string bookmarkId)
    {
        if (_byBookmark.Remove((instanceId, bookmarkId), out var existing))
            _timers.Remove(existing);
    }
}

/// <summary>A timer on the schedule; ordered by due time, then by when it was scheduled.</summary>
public sealed record ScheduledTimer(DateTimeOffset Due, long Sequence, string InstanceId, string BookmarkId) : IComparable<ScheduledTimer>
{
    public int CompareTo(ScheduledTimer? other) =>
        other is null ? 1 : Due != other.Due ? Due.CompareTo(other.Due) : Sequence.CompareTo(other.Sequence);

    public static bool operator <(ScheduledTimer left, ScheduledTimer right) => left.CompareTo(right) < 0;
    public static bool operator >(ScheduledTimer left, ScheduledTimer right) => left.CompareTo(right) > 0;
    public static bool operator <=(ScheduledTimer left, ScheduledTimer right) => left.CompareTo(right) <= 0;
    public static bool operator >=(ScheduledTimer left, ScheduledTimer right) => left.CompareTo(right) >= 0;
}
