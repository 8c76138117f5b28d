using WorkflowTalent.Server.Problems;

namespace WorkflowTalent.Server.Definitions;

/// <summary>
/// What saving a body as the draft would say, without saving it: valid when no problem is an error; warnings listed too.
/// </summary>
public sealed record DraftValidation(bool IsValid, IReadOnlyList<ValidationProblems.Problem> Problems)
{
    public static DraftValidation From(IReadOnlyCollection<Workflows.Validation.ValidationProblem> problems) =>
        new(!problems.Any(p => p.IsError), [.. problems.Select(p => new ValidationProblems.Problem(p.Path, p.Message, p.IsError))]);
}
