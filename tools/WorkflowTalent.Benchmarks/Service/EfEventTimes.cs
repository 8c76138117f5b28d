using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowTalent.Benchmarks.Service;

/// <summary>
/// Adds up the durations EF Core reports through its DiagnosticListener — commands (by their first words), transaction
/// commits, connection opens — without touching the service's own wiring, to split a start's time into database and
/// client work.
/// </summary>
internal sealed class EfEventTimes : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable _subscription;
    private readonly List<IDisposable> _listeners = [];
    private readonly Dictionary<string, (TimeSpan Time, int Count)> _times = new(StringComparer.Ordinal);

    public EfEventTimes() => _subscription = DiagnosticListener.AllListeners.Subscribe(this);

    public bool Enabled { get; set; }

    public IReadOnlyDictionary<string, (TimeSpan Time, int Count)> Times => _times;

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
            _listeners.Add(value.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (!Enabled)
            return;
        switch (value.Value)
        {
            case CommandExecutedEventData command:
                var text = command.Command.CommandText.TrimStart();
                Add($"command {string.Join(' ', text.Split([' ', '\n', '('], 4, StringSplitOptions.RemoveEmptyEntries).Take(3))}", command.Duration);
                break;
            case TransactionEndEventData end when value.Key.EndsWith("TransactionCommitted", StringComparison.Ordinal):
                Add("transaction commit", end.Duration);
                break;
            case ConnectionEndEventData open when value.Key.EndsWith("ConnectionOpened", StringComparison.Ordinal):
                Add("connection open", open.Duration);
                break;
        }
    }

    private void Add(string key, TimeSpan duration)
    {
        _times.TryGetValue(key, out var sum);
        _times[key] = (sum.Time + duration, sum.Count + 1);
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _listeners.ForEach(l => l.Dispose());
    }
}
