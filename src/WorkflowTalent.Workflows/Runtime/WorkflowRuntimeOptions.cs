namespace WorkflowTalent.Workflows.Runtime;

public sealed record WorkflowRuntimeOptions
{
    /// <summary>A flowchart loop with no wait in it would run forever; past this many activities in one step the instance faults.</summary>
    public int MaxActivitiesPerStep { get; init; } = 10_000;

    /// <summary>Makes instance ids; the default is a time-ordered GUID. Simulations use a counter, so runs are repeatable.</summary>
    public Func<string> NewInstanceId { get; init; } = () => Guid.CreateVersion7().ToString("N");
}
