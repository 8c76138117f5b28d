using System.Collections.Concurrent;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>
/// Sandboxed engines for one <see cref="SandboxOptions"/>. Building and hardening an engine costs milliseconds,
/// an evaluation on a warm one microseconds, so engines are kept and lent to one evaluation at a time.
/// </summary>
internal sealed class JsEnginePool
{
    private static readonly int MaxIdle = Environment.ProcessorCount * 2;

    // Shared by equal options, so that an evaluator created per use does not pay for new engines each time.
    private static readonly ConcurrentDictionary<SandboxOptions, JsEnginePool> Pools = new();

    private readonly SandboxOptions _sandbox;

    private readonly ConcurrentBag<JsEngineHost> _idle = [];
    private int _idleCount;

    private JsEnginePool(SandboxOptions sandbox) => _sandbox = sandbox;

    public static JsEnginePool For(SandboxOptions sandbox) => Pools.GetOrAdd(sandbox, static options => new JsEnginePool(options));

    public JsEngineHost Rent()
    {
        if (_idle.TryTake(out var host))
        {
            Interlocked.Decrement(ref _idleCount);
            return host;
        }

        return new JsEngineHost(_sandbox);
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
