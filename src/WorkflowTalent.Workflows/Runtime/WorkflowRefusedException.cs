namespace WorkflowTalent.Workflows.Runtime;

/// <summary>
/// A request the instance refuses (wrong role or scope, an outcome the task does not offer, no such
/// task, an unmapped activity in a migration). When thrown, nothing has changed.
/// </summary>
public sealed class WorkflowRefusedException : Exception
{
    public WorkflowRefusedException(string message, RefusalReason reason = RefusalReason.Invalid) : base(message) => Reason = reason;

    public WorkflowRefusedException() { }

    public WorkflowRefusedException(string message, Exception innerException) : base(message, innerException) { }

    public RefusalReason Reason { get; }
}

/// <summary>Why a request was refused, so a host can answer 403, 404, 409 or 422.</summary>
public enum RefusalReason
{
    Invalid,
    Forbidden,
    NotFound,
    Conflict,
}
