using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Simulation;

/// <summary>How a simulation went: the instance, its journal, each expectation that failed, and the step refused, if any.</summary>
public sealed record SimulationResult(WorkflowInstance? Instance, IReadOnlyList<JournalEntry> Journal, IReadOnlyList<string> Failures, string? Refusal)
{
    public bool Succeeded => Failures.Count == 0 && Refusal is null;

    /// <summary>The lines WriteLine wrote, in order.</summary>
    public IEnumerable<string> Output => Journal.Where(e => e.Event == JournalEvents.Output).Select(e => e.Text ?? "");
}
