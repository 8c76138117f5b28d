using WorkflowTalent.Workflows.Definitions;

namespace WorkflowTalent.Workflows.Validation;

/// <summary>The outcome of validating a document: the definition when it could be read, and every problem found.</summary>
public sealed record ValidationResult(WorkflowDefinition? Definition, IReadOnlyList<ValidationProblem> Problems)
{
    public bool IsValid => Definition is not null && !Problems.Any(p => p.IsError);
}
