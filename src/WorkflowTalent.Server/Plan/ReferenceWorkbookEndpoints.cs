using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowTalent.Documents.Layout;
using WorkflowTalent.Documents.ReferenceData;
using WorkflowTalent.Persistence;
using WorkflowTalent.Server.Documents;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Plan;

/// <summary>
/// <c>/api/plan/reference.xlsx</c> and <c>/api/plan/reference/import</c>: the reference data as one workbook for
/// officials, and the same workbook edited and imported by administrators (adds and updates, never deletes).
/// </summary>
internal static class ReferenceWorkbookEndpoints
{
    public const long MaxUploadBytes = 5 * 1024 * 1024;

    // The multipart envelope around the file: boundaries and part headers.
    private const long FormOverheadBytes = 64 * 1024;

    private const string FileName = "玉溪市基层人才对口培养计划基础数据.xlsx";

    public static RouteGroupBuilder MapReferenceWorkbookEndpoints(this RouteGroupBuilder plan)
    {
        plan.MapGet("/reference.xlsx", ExportAsync)
            .WithSummary("The reference data as one workbook: sheets 县区, 乡镇 (remote flags, R3.4), 接收单位 (field and competent department, R2.1), 科室 and 导师 (R6.3).");
        plan.MapPost("/reference/import", ImportAsync)
            .RequireAuthorization(IdentityModule.AdministratorsOnly)
            // Bearer clients carry no cookie to forge, and the cookie is SameSite=Lax, so no cross-site form can post with it.
            .DisableAntiforgery()
            .WithFormOptions(multipartBodyLengthLimit: MaxUploadBytes + FormOverheadBytes)
            .WithSummary("Imports the reference-data workbook (.xlsx, field 'file', at most 5 MB) in one transaction. It adds and updates, never deletes: rows left out of the file stay, so nothing that applications, original units or placements name can disappear. Counties are not added. Any broken cell, unknown reference or competent department of another field (R2.1) is 422 naming sheet, row and column, and nothing is stored.");
        return plan;
    }

    private static async Task<FileContentHttpResult> ExportAsync(HttpRequest request, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var data = await ReferenceWorkbook.ReadAsync(db, cancellationToken);
        return DocumentFiles.XlsxFile(ReferenceDataExport.ToXlsx(data, DocumentLanguageSelector.For(request)), FileName);
    }

    private static async Task<Results<Ok<ReferenceImportView>, ProblemHttpResult>> ImportAsync(
        IFormFile? file, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        if (file is null)
            return Unprocessable([new ReferenceDataError(null, null, null, "请在表单字段 file 中上传基础数据（.xlsx）", "Upload the reference data (.xlsx) in the form field 'file'")]);
        if (file.Length > MaxUploadBytes)
            return DocumentProblems.TooLarge(MaxUploadBytes);
        if (!IsXlsx(file))
            return DocumentProblems.NotXlsx(file.ContentType);

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        var parsed = ReferenceDataImport.FromXlsx(buffer);
        if (!parsed.Succeeded)
            return Unprocessable(parsed.Errors);

        var (changes, errors) = await ReferenceDataImporter.ApplyAsync(db, parsed, cancellationToken);
        return changes is null ? Unprocessable(errors) : TypedResults.Ok(changes);
    }

    // Browsers send the workbook type; some send octet-stream, which is accepted for a .xlsx name (the import checks the content).
    private static bool IsXlsx(IFormFile file) =>
        string.Equals(file.ContentType, Xlsx.ContentType, StringComparison.OrdinalIgnoreCase)
        || (string.Equals(file.ContentType, "application/octet-stream", StringComparison.OrdinalIgnoreCase)
            && file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase));

    private static ProblemHttpResult Unprocessable(IReadOnlyList<ReferenceDataError> errors) =>
        TypedResults.Problem(
            title: "基础数据有误，未导入任何内容。The reference data has errors; nothing was imported.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            detail: string.Join("；", errors.Take(5).Select(e => e.MessageZh)),
            extensions: new Dictionary<string, object?> { ["problems"] = errors });
}
