namespace WorkflowTalent.Plan;

/// <summary>Either the value an operation produced or every refusal that stopped it.</summary>
public sealed class PlanResult<T>
    where T : class
{
    public PlanResult(T value)
    {
        Value = value;
        Refusals = [];
    }

    public PlanResult(IReadOnlyList<Refusal> refusals)
    {
        if (refusals.Count == 0)
        {
            throw new ArgumentException("A refused result needs at least one refusal.", nameof(refusals));
        }

        Refusals = refusals;
    }

    public PlanResult(Refusal refusal)
        : this([refusal])
    {
    }

    public T? Value { get; }

    public IReadOnlyList<Refusal> Refusals { get; }

    public bool IsAccepted => Value is not null;
}
