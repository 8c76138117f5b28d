using Microsoft.AspNetCore.Http.HttpResults;

namespace WorkflowTalent.Server.Documents;

/// <summary>The documents' RFC 7807 answers; texts are Chinese first, English after.</summary>
internal static class DocumentProblems
{
    /// <summary>Also the answer when the caller may not read the document: to them it is not there.</summary>
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult NoBatch(int year) => NotFound($"没有 {year} 年批次。There is no {year} batch.");

    public static ProblemHttpResult NoApplication(string id) => NotFound($"没有申请 {id}。There is no application {id}.");

    public static ProblemHttpResult Conflict(string detail, string? ruleId = null, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>());
        if (ruleId is not null)
            all["ruleId"] = ruleId;
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict", extensions: all);
    }

    public static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem($"文件超过 {limit / 1024 / 1024} MB。The file is larger than {limit / 1024 / 1024} MB.",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large");

    public static ProblemHttpResult NotXlsx(string? contentType) =>
        TypedResults.Problem($"请上传 Excel（.xlsx）文件，收到的是 {contentType}。Upload an Excel (.xlsx) file; received {contentType}.",
            statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");

    /// <summary>Every problem of an imported file, each with its Excel row and column; nothing was stored.</summary>
    public static ProblemHttpResult Unprocessable(string title, IReadOnlyList<ImportProblem> problems) =>
        TypedResults.Problem(
            title: title,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            detail: string.Join("; ", problems.Take(5).Select(p => p.Message)),
            extensions: new Dictionary<string, object?> { ["problems"] = problems });
}
