namespace WorkflowTalent.Workflows.Tests.Validation;

/// <summary>A mutated definition made the engine misbehave; the message holds what reproduces it.</summary>
public sealed class MutationFailedException : Exception
{
    public MutationFailedException() { }

    public MutationFailedException(string message) : base(message) { }

    public MutationFailedException(string message, Exception innerException) : base(message, innerException) { }
}
