using System.Diagnostics;

namespace WorkflowTalent.Benchmarks.Service;

/// <summary>Time and calls per named part; nested parts are counted in their parent too (the report subtracts them).</summary>
internal sealed class TimeBook
{
    private readonly Dictionary<string, (long Ticks, int Calls)> _parts = new(StringComparer.Ordinal);

    /// <summary>The part database commands are booked under now (see <see cref="CommandTimer"/>).</summary>
    public string Current { get; set; } = "";

    public IReadOnlyDictionary<string, (long Ticks, int Calls)> Parts => _parts;

    public T Time<T>(string part, Func<T> action)
    {
        var outer = Current;
        Current = part;
        var start = Stopwatch.GetTimestamp();
        try
        {
            return action();
        }
        finally
        {
            Add(part, Stopwatch.GetTimestamp() - start);
            Current = outer;
        }
    }

    public void Time(string part, Action action) => Time(part, () =>
    {
        action();
        return true;
    });

    public void Add(string part, long ticks)
    {
        _parts.TryGetValue(part, out var sum);
        _parts[part] = (sum.Ticks + ticks, sum.Calls + 1);
    }

    public void Clear() => _parts.Clear();
}
