using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>
/// An activity type, Elsa-shaped: described inputs and ports, <see cref="Execute"/> when scheduled,
/// and <see cref="Resume"/> when one of its bookmarks is resumed. Implementations are stateless;
/// everything they keep lives in the instance.
/// </summary>
public abstract class Activity
{
    protected static readonly IReadOnlyList<string> DonePort = [Ports.Done];

    /// <summary>Elsa's type name, e.g. <c>Elsa.WriteLine</c>.</summary>
    public abstract string Type { get; }

    public virtual IReadOnlyList<InputDescriptor> Inputs => [];

    /// <summary>The ports this activity can leave by, or null when they are only known at run time.</summary>
    public virtual IReadOnlyList<string>? PortsOf(ActivityNode node) => DonePort;

    public abstract ActivityResult Execute(ActivityContext context);

    public virtual ActivityResult Resume(ActivityContext context, Bookmark bookmark, ResumeSignal signal) =>
        throw new InvalidOperationException($"{Type} does not wait, so it cannot be resumed");
}
