using WorkflowTalent.Server.Problems;

namespace WorkflowTalent.Server.Definitions;

/// <summary>The answer to saving or publishing a draft: the version, and the warnings that did not block it.</summary>
public sealed record DraftSaved(DefinitionVersionSummary Version, IReadOnlyList<ValidationProblems.Problem> Problems)
{
    public static DraftSaved From(DefinitionVersionSummary version, IEnumerable<Workflows.Validation.ValidationProblem> problems) =>
        new(version, [.. problems.Select(p => new ValidationProblems.Problem(p.Path, p.Message, p.IsError))]);
}
