using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowTalent.Server.Problems;
using ValidationProblem = WorkflowTalent.Workflows.Validation.ValidationProblem;

namespace WorkflowTalent.Server.Instances;

/// <summary>The instances API's RFC 7807 answers.</summary>
internal static class InstanceProblems
{
    // The same answer whether the case does not exist or the caller may not see it, so existence does not leak.
    public static ProblemHttpResult NoInstance(string id) =>
        TypedResults.Problem($"There is no instance {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Refused(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Refused");

    public static ProblemHttpResult Invalid(IReadOnlyList<ValidationProblem> problems) =>
        ValidationProblems.Unprocessable("The request is not valid.", problems);
}
