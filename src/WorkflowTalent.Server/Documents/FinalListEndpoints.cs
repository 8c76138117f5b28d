using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Documents.FinalList;
using WorkflowTalent.Persistence;
using WorkflowTalent.Server.Access;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Documents;

/// <summary>R6.4: the batch's approved trainees with their placements (R6.3), as each reader may see them.</summary>
internal static class FinalListEndpoints
{
    public static RouteGroupBuilder MapFinalListEndpoints(this RouteGroupBuilder plan)
    {
        plan.MapGet("/batches/{year:int}/final-list.xlsx", DownloadAsync)
            .WithSummary("R6.4: the 最终名单: all of it for the city; a county's, a receiving unit's or a field's (competent department) own lines.");
        return plan;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        int year, HttpRequest request, ClaimsPrincipal user, WorkflowDbContext db, ApplicationDocuments applications, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        var fields = await applications.FieldsOfDepartmentAsync(caller.IsInRole(WorkflowRoles.CompetentDepartment) ? caller.Scope : null, cancellationToken);
        if (DocumentAccess.FinalListLines(caller, fields) is not { } visible
            || await db.PlanBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Year == year, cancellationToken) is not { } batch)
            return DocumentProblems.NoBatch(year);

        var language = DocumentLanguageSelector.For(request);
        var entries = (await applications.PlacedAsync(year, cancellationToken))
            .Where(d => visible(d.Parties))
            .Select(d => DocumentInputs.ToFinalListEntry(d, language))
            .ToList();
        // R6.5: the list states the batch's own report-in deadline.
        var content = FinalListExport.ToXlsx(new FinalListInput(year, entries, batch.ReportInDeadline), language);
        return DocumentFiles.XlsxFile(content, DocumentFiles.FinalList(year));
    }
}
