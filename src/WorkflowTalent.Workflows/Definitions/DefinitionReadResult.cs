using WorkflowTalent.Workflows.Validation;

namespace WorkflowTalent.Workflows.Definitions;

/// <summary>The outcome of reading a document: a definition when its structure could be read, and every problem met on the way.</summary>
public sealed record DefinitionReadResult(WorkflowDefinition? Definition, IReadOnlyList<ValidationProblem> Problems)
{
    public bool HasErrors => Definition is null || Problems.Any(p => p.IsError);
}
