using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Documents.AssessmentForm;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Server.Access;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Documents;

/// <summary>R14.1–R14.3: a placed trainee's 考核登记表, as a workbook and as a page to print (four copies, R14.2).</summary>
internal static class AssessmentFormEndpoints
{
    // The page is built from text users typed: it may run no script and load nothing, only its own style.
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    public static RouteGroupBuilder MapAssessmentFormEndpoints(this RouteGroupBuilder plan)
    {
        plan.MapGet("/applications/{id}/assessment-form.xlsx", DownloadAsync)
            .WithSummary("R14.1–R14.3: the 考核登记表 for the trainee, the receiving unit, the original unit, the county and the city (R14.2).");
        plan.MapGet("/applications/{id}/assessment-form.html", PrintViewAsync)
            .WithSummary("R14.1–R14.3: the 考核登记表 as an A4 page for the browser's print dialog, the grade ticked (R14.3).");
        return plan;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string id, HttpRequest request, ClaimsPrincipal user, WorkflowDbContext db, ApplicationDocuments applications, CancellationToken cancellationToken)
    {
        var language = DocumentLanguageSelector.For(request);
        var found = await FormAsync(id, user, db, applications, cancellationToken);
        if (found.Problem is { } problem)
            return problem;
        var content = AssessmentFormExport.ToXlsx([DocumentInputs.ToAssessmentForm(found.Document!, found.Batch!, language)], language);
        return DocumentFiles.XlsxFile(content, DocumentFiles.AssessmentForm(found.Document!.Application.TraineeName));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> PrintViewAsync(
        string id, HttpRequest request, HttpResponse response, ClaimsPrincipal user, WorkflowDbContext db, ApplicationDocuments applications,
        CancellationToken cancellationToken)
    {
        var language = DocumentLanguageSelector.For(request);
        var found = await FormAsync(id, user, db, applications, cancellationToken);
        if (found.Problem is { } problem)
            return problem;
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        var html = AssessmentFormHtml.Render(DocumentInputs.ToAssessmentForm(found.Document!, found.Batch!, language), language);
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<(ApplicationDocument? Document, BatchRecord? Batch, ProblemHttpResult? Problem)> FormAsync(
        string id, ClaimsPrincipal user, WorkflowDbContext db, ApplicationDocuments applications, CancellationToken cancellationToken)
    {
        if (await applications.FindAsync(id, cancellationToken) is not { } document || !DocumentAccess.MayReadAssessmentForm(Caller.From(user), document.Parties))
            return (null, null, DocumentProblems.NoApplication(id));
        // R6.3: the form names the receiving unit, department and mentor; before placement there is none to fill.
        if (!document.IsPlaced)
            return (null, null, DocumentProblems.Conflict(
                $"{document.Application.TraineeName}尚未安排接收单位、科室和导师（R6.3），还没有考核登记表。{document.Application.TraineeName} has no receiving unit, department and mentor yet (R6.3), so there is no assessment form.",
                "R6.3"));
        var batch = await db.PlanBatches.AsNoTracking().SingleAsync(b => b.Year == document.Application.BatchYear, cancellationToken);
        return (document, batch, null);
    }
}
