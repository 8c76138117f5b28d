using Microsoft.AspNetCore.Http.HttpResults;
using ValidationProblem = WorkflowTalent.Workflows.Validation.ValidationProblem;

namespace WorkflowTalent.Server.Problems;

/// <summary>422 answers that carry every problem with its JSON path, e.g. <c>root.activities[3].connections</c>.</summary>
public static class ValidationProblems
{
    public sealed record Problem(string Path, string Message, bool IsError);

    public static ProblemHttpResult Unprocessable(string title, IEnumerable<ValidationProblem> problems) =>
        TypedResults.Problem(
            title: title,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            detail: string.Join("; ", problems.Where(p => p.IsError).Take(5).Select(p => $"{p.Path}: {p.Message}")),
            extensions: new Dictionary<string, object?>
            {
                ["problems"] = problems.Select(p => new Problem(p.Path, p.Message, p.IsError)).ToList(),
            });
}
