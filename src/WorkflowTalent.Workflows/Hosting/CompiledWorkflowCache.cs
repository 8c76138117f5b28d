using System.Collections.Concurrent;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Hosting;

/// <summary>Compiled definition versions by id and version, shared by the hosts of one process.</summary>
public sealed class CompiledWorkflowCache
{
    private readonly ConcurrentDictionary<(string, int), Lazy<CompiledWorkflow>> _compiled = new();

    public CompiledWorkflow GetOrAdd(string definitionId, int version, Func<CompiledWorkflow> compile)
    {
        var lazy = _compiled.GetOrAdd((definitionId, version), _ => new Lazy<CompiledWorkflow>(compile));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // A version that failed to load (not there yet, say) is tried again next time.
            _compiled.TryRemove(new KeyValuePair<(string, int), Lazy<CompiledWorkflow>>((definitionId, version), lazy));
            throw;
        }
    }

    /// <summary>Forgets one version, e.g. a draft that was edited.</summary>
    public void Forget(string definitionId, int version) => _compiled.TryRemove((definitionId, version), out _);
}
