using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowTalent.Plan;

namespace WorkflowTalent.Server.Applications;

/// <summary>The applications API's RFC 7807 answers; texts are Chinese first, English after.</summary>
internal static class ApplicationProblems
{
    /// <summary>One refused rule as the client reads it: the R-id, the zh-CN message, the English one, the setting used.</summary>
    public sealed record RefusedRule(string RuleId, string Message, string MessageEn, string? Setting);

    /// <summary>One thing wrong with the request itself (a missing or unknown value), at its JSON path.</summary>
    public sealed record Field(string Path, string Message, string MessageEn);

    public static ProblemHttpResult Invalid(IReadOnlyList<Field> problems) =>
        TypedResults.Problem(
            title: "申请信息有误 The request is not valid",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            detail: string.Join("；", problems.Select(p => $"{p.Path}：{p.Message}")),
            extensions: new Dictionary<string, object?> { ["problems"] = problems });

    /// <summary>The plan's rules refused: every refusal with its R-id in <c>refusals</c>, the ids alone in <c>ruleIds</c>.</summary>
    public static ProblemHttpResult Refused(string title, IReadOnlyList<Refusal> refusals, int status = StatusCodes.Status422UnprocessableEntity, IDictionary<string, object?>? extra = null)
    {
        var extensions = new Dictionary<string, object?>(extra ?? new Dictionary<string, object?>())
        {
            ["refusals"] = refusals.Select(r => new RefusedRule(r.RuleId, r.Message.ZhCn, r.Message.En, r.Setting)).ToList(),
            ["ruleIds"] = refusals.Select(r => r.RuleId).Distinct().ToList(),
        };
        return TypedResults.Problem(
            title: title,
            statusCode: status,
            detail: string.Join("；", refusals.Select(r => r.Message.ZhCn)),
            extensions: extensions);
    }

    public static ProblemHttpResult Conflict(string detail, string? ruleId = null) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict",
            extensions: ruleId is null ? null : new Dictionary<string, object?> { ["ruleId"] = ruleId });

    // The same answer whether the application does not exist or the caller may not act on it, so existence does not leak.
    public static ProblemHttpResult NoApplication(string id) =>
        TypedResults.Problem($"没有申请 {id}。There is no application {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
