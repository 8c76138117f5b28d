namespace WorkflowTalent.Plan.Batches;

/// <summary>Where a yearly batch stands; <see cref="BatchLifecycle"/> holds the allowed moves.</summary>
public enum BatchState
{
    Planning = 0,
    Recruiting = 1,
    Training = 2,
    Closed = 3,
}
