using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Documents.Layout;
using WorkflowTalent.Documents.SummaryTable;
using WorkflowTalent.Persistence;
using WorkflowTalent.Plan.Batches;
using WorkflowTalent.Server.Access;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Documents;

/// <summary>R6.1: a county's 汇总表, downloaded with its candidates and places, and uploaded filled in.</summary>
internal static class SummaryTableEndpoints
{
    public const long MaxUploadBytes = 5 * 1024 * 1024;

    // The multipart envelope around the file: boundaries and part headers.
    private const long FormOverheadBytes = 64 * 1024;

    public static RouteGroupBuilder MapSummaryTableEndpoints(this RouteGroupBuilder plan)
    {
        plan.MapGet("/batches/{year:int}/counties/{county}/summary.xlsx", ExportAsync)
            .WithSummary("R6.1: the county's 汇总表 with its candidates and its places in the allocation in force (R3.4).");
        plan.MapPost("/batches/{year:int}/counties/{county}/summary", ImportAsync)
            // Bearer clients carry no cookie to forge, and the cookie is SameSite=Lax, so no cross-site form can post with it.
            .DisableAntiforgery()
            .WithFormOptions(multipartBodyLengthLimit: MaxUploadBytes + FormOverheadBytes)
            .WithSummary("R6.1: imports a filled 汇总表 (.xlsx, field 'file', at most 5 MB): every broken cell, ineligible row (R5.1) or excess over the county's places (R3.4) is 422 and nothing is stored; otherwise each row becomes an application (Applied).");
        return plan;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        int year, string county, HttpRequest request, ClaimsPrincipal user, WorkflowDbContext db, ApplicationDocuments applications,
        CancellationToken cancellationToken)
    {
        if (!DocumentAccess.MayReadCounty(Caller.From(user), county)
            || await db.PlanCounties.AsNoTracking().SingleOrDefaultAsync(c => c.Name == county, cancellationToken) is not { } record)
            return NoCounty(county);
        if (!await db.PlanBatches.AnyAsync(b => b.Year == year, cancellationToken))
            return DocumentProblems.NoBatch(year);

        var allocation = await db.PlanQuotaAllocations.AsNoTracking().Include(a => a.Lines)
            .Where(a => a.BatchYear == year).OrderByDescending(a => a.Version).FirstOrDefaultAsync(cancellationToken);
        var rows = (await applications.OfCountyAsync(year, record.Id, cancellationToken)).Select(DocumentInputs.ToSummaryRow).ToList();
        var language = DocumentLanguageSelector.For(request);
        var summary = new CountySummaryInput(DocumentInputs.CountyName(record, language), year, QuotaLines.PlacesOf(allocation, county), rows);
        return DocumentFiles.XlsxFile(SummaryTableExport.ToXlsx(summary, language), DocumentFiles.SummaryTable(county, year));
    }

    private static async Task<Results<Created<SummaryImportResult>, ProblemHttpResult>> ImportAsync(
        int year, string county, IFormFile? file, ClaimsPrincipal user, WorkflowDbContext db, SummaryTableIntake intake,
        CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        if (!DocumentAccess.MayRecommendFor(caller, county)
            || await db.PlanCounties.AsNoTracking().Include(c => c.Townships).SingleOrDefaultAsync(c => c.Name == county, cancellationToken) is not { } record)
            return NoCounty(county);
        if (await db.PlanBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Year == year, cancellationToken) is not { } batch)
            return DocumentProblems.NoBatch(year);
        // R6.1: counties recommend while the batch recruits.
        if (batch.State != BatchState.Recruiting)
            return DocumentProblems.Conflict(
                $"{year} 年批次处于「{batch.State.NameZh()}」阶段，不接受推荐（R6.1）。The {year} batch is {batch.State.NameEn()}, not recruiting (R6.1).", "R6.1");

        if (file is null)
            return DocumentProblems.Unprocessable("没有上传文件。No file was uploaded.",
                [new ImportProblem(null, null, "请在表单字段 file 中上传汇总表（.xlsx）", "Upload the summary table (.xlsx) in the form field 'file'")]);
        if (file.Length > MaxUploadBytes)
            return DocumentProblems.TooLarge(MaxUploadBytes);
        if (!IsXlsx(file))
            return DocumentProblems.NotXlsx(file.ContentType);

        byte[] content;
        using (var buffer = new MemoryStream())
        {
            await file.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }

        using var stream = new MemoryStream(content);
        var parsed = SummaryTableImport.FromXlsx(stream);
        if (!parsed.Succeeded)
            return DocumentProblems.Unprocessable("汇总表有误，未导入任何人选。The summary table has errors; nothing was imported.",
                [.. parsed.Errors.Select(e => new ImportProblem(e.Row, e.Column, e.MessageZh, e.MessageEn))]);

        var outcome = await intake.RegisterAsync(batch, record, parsed.Rows, SummaryRowNumbers.Locate(content, parsed.Rows), caller, cancellationToken);
        if (outcome.IsPartial)
            return DocumentProblems.Conflict(
                "汇总表只导入了部分人选，请核对后只重新上传未登记的人选。Only part of the table was imported; upload the rows not registered again after checking them.",
                outcome.Problems.Select(p => p.RuleId).FirstOrDefault(),
                new Dictionary<string, object?> { ["registered"] = outcome.Registered, ["problems"] = outcome.Problems });
        if (outcome.Problems.Count > 0)
            return DocumentProblems.Unprocessable("汇总表中的人选不符合条件或超出名额，未导入任何人选。Candidates of the table are not eligible or exceed the county's places; nothing was imported.", outcome.Problems);

        return TypedResults.Created(
            $"/api/plan/batches/{year}/counties/{Uri.EscapeDataString(county)}/summary.xlsx",
            new SummaryImportResult(year, county, outcome.Registered, WorkflowsStarted: true));
    }

    // Browsers send the workbook type; some send octet-stream, which is accepted for a .xlsx name (the import checks the content).
    private static bool IsXlsx(IFormFile file) =>
        string.Equals(file.ContentType, Xlsx.ContentType, StringComparison.OrdinalIgnoreCase)
        || (string.Equals(file.ContentType, "application/octet-stream", StringComparison.OrdinalIgnoreCase)
            && file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase));

    private static ProblemHttpResult NoCounty(string county) => DocumentProblems.NotFound($"没有县（市、区）{county}。There is no county {county}.");
}
