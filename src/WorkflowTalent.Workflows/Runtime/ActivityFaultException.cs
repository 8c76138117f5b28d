namespace WorkflowTalent.Workflows.Runtime;

/// <summary>An activity cannot go on (an input of the wrong shape at run time); the instance faults with the message.</summary>
public sealed class ActivityFaultException : Exception
{
    public ActivityFaultException(string message) : base(message) { }

    public ActivityFaultException() { }

    public ActivityFaultException(string message, Exception innerException) : base(message, innerException) { }
}
