namespace WorkflowTalent.Workflows.Expressions;

/// <summary>A script or template failed: a syntax error, a runtime error, or a sandbox limit. The runtime faults the instance with it.</summary>
public sealed class ExpressionException : Exception
{
    public ExpressionException(string message) : base(message) { }

    public ExpressionException(string message, Exception inner) : base(message, inner) { }

    public ExpressionException() { }
}
