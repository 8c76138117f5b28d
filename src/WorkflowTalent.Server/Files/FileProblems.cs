using Microsoft.AspNetCore.Http.HttpResults;

namespace WorkflowTalent.Server.Files;

/// <summary>The files API's RFC 7807 answers: Chinese first, English after.</summary>
internal static class FileProblems
{
    // The same answer whether the case does not exist or the caller may not see it, so existence does not leak.
    public static ProblemHttpResult NoCase(string instanceId) =>
        TypedResults.Problem($"案件不存在或您无权查看。There is no case {instanceId} you may see.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult NoFile(string fileId) =>
        TypedResults.Problem($"文件不存在或您无权查看。There is no file {fileId} you may see.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult NoUpload() =>
        TypedResults.Problem("请以 multipart 表单字段 file 上传一个非空文件。Send one non-empty file as the multipart field \"file\".",
            statusCode: StatusCodes.Status422UnprocessableEntity, title: "Refused");

    public static ProblemHttpResult BadName() =>
        TypedResults.Problem("文件名为空或过长（最多 255 字）。The file name is empty or longer than 255 characters.",
            statusCode: StatusCodes.Status422UnprocessableEntity, title: "Refused");

    public static ProblemHttpResult TooLarge() =>
        TypedResults.Problem($"文件不能超过 {CaseFiles.MaxBytes / 1024 / 1024} MB。A file may have at most {CaseFiles.MaxBytes / 1024 / 1024} MB.",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large");
}
