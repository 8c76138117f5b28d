using WorkflowTalent.Workflows.Validation;

namespace WorkflowTalent.Workflows.Runtime;

/// <summary>A definition that does not validate cannot be compiled, published or run.</summary>
public sealed class InvalidDefinitionException : Exception
{
    public InvalidDefinitionException(IReadOnlyList<ValidationProblem> problems)
        : base("the definition is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Where(p => p.IsError))) =>
        Problems = problems;

    public InvalidDefinitionException() => Problems = [];

    public InvalidDefinitionException(string message) : base(message) => Problems = [];

    public InvalidDefinitionException(string message, Exception innerException) : base(message, innerException) => Problems = [];

    public IReadOnlyList<ValidationProblem> Problems { get; }
}
