using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowTalent.Plan;

namespace WorkflowTalent.Server.Plan;

/// <summary>The plan API's RFC 7807 answers; texts are Chinese first, English after.</summary>
internal static class PlanProblems
{
    public static ProblemHttpResult Invalid(string title, IReadOnlyList<PlanProblem> problems) =>
        TypedResults.Problem(
            title: title,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            detail: string.Join("; ", problems.Take(5).Select(p => $"{p.Path}: {p.Message}")),
            extensions: new Dictionary<string, object?> { ["problems"] = problems });

    /// <summary>The plan's refusals, each at the setting it names, with its R-id.</summary>
    public static ProblemHttpResult Refused(string title, IEnumerable<Refusal> refusals) =>
        Invalid(title, [.. refusals.Select(r => new PlanProblem(r.Setting ?? "", r.Message.ZhCn, r.Message.En, r.RuleId))]);

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Conflict(string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict", extensions: extensions);

    public static ProblemHttpResult NoBatch(int year) => NotFound($"没有 {year} 年批次。There is no {year} batch.");
}
