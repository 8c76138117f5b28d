using Microsoft.AspNetCore.Http.HttpResults;

namespace WorkflowTalent.Server.Definitions;

/// <summary>The definitions API's RFC 7807 answers that carry no validation problems.</summary>
internal static class DefinitionProblems
{
    public static ProblemHttpResult NoDefinition(string definitionId) =>
        TypedResults.Problem($"There is no definition {definitionId}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult NoVersion(string definitionId, int version) =>
        TypedResults.Problem($"There is no version {version} of definition {definitionId}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult NoDraft(string definitionId) =>
        TypedResults.Problem($"Definition {definitionId} has no draft.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");
}
