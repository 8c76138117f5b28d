using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using WorkflowTalent.Server.Problems;
using ValidationProblem = WorkflowTalent.Workflows.Validation.ValidationProblem;

namespace WorkflowTalent.Server.Users;

/// <summary>The users API's RFC 7807 answers.</summary>
internal static class UserProblems
{
    public static ProblemHttpResult NoUser(string userName) =>
        TypedResults.Problem($"There is no user {userName}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static ProblemHttpResult Invalid(IReadOnlyList<ValidationProblem> problems) =>
        ValidationProblems.Unprocessable("The user is not valid.", problems);

    /// <summary>Identity's refusal (a weak password, a taken name), by its codes; its descriptions never repeat the password.</summary>
    public static ProblemHttpResult From(IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName)))
            return Conflict(string.Join(" ", result.Errors.Select(e => e.Description)));
        return Invalid([.. result.Errors.Select(e => new ValidationProblem(PathOf(e.Code), e.Description))]);
    }

    private static string PathOf(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? "password"
        : code.Contains("UserName", StringComparison.Ordinal) ? "userName"
        : code.Contains("Email", StringComparison.Ordinal) ? "email"
        : code.Contains("Role", StringComparison.Ordinal) ? "role"
        : "";
}
