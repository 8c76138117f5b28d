using System.Collections.Concurrent;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>
/// Sandboxed engines for one <see cref="SandboxOptions"/>. Building and hardening an engine costs milliseconds,
/// an evaluation on a warm one microseconds, so engines are kept and lent to one evaluation at a time.
/// </summary>
internal sealed class JsEnginePool(SandboxOptions sandbox)
{
    private static readonly int MaxIdle = Environment.ProcessorCount * 2;

    private readonly ConcurrentBag<JsEngineHost> _idle = [];
    private int _idleCount;

    public JsEngineHost Rent()
    {
        if (_idle.TryTake(out var host))
        {
            Interlocked.Decrement(ref _idleCount);
            return host;
        }

        return new JsEngineHost(sandbox);
    }

    /// <summary>Takes the engine back; one that hit a sandbox limit or failed unexpectedly is dropped rather than trusted again.</summary>
    public void Return(JsEngineHost host, bool reusable)
    {
        if (reusable && Interlocked.Increment(ref _idleCount) <= MaxIdle)
        {
            _idle.Add(host);
            return;
        }

        if (reusable)
            Interlocked.Decrement(ref _idleCount);
        host.Dispose();
    }
}
