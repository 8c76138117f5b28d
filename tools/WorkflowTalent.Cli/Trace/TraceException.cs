namespace WorkflowTalent.Cli.Trace;

/// <summary>The report cannot be made: a missing policy page, a definition that is not JSON. The command prints it as one line.</summary>
internal sealed class TraceException : Exception
{
    public TraceException() { }

    public TraceException(string message) : base(message) { }

    public TraceException(string message, Exception innerException) : base(message, innerException) { }
}
