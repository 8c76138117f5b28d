using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowTalent.Documents.ApplicationForm;
using WorkflowTalent.Server.Access;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Documents;

/// <summary>R6.1: one candidate's 申请表.</summary>
internal static class ApplicationFormEndpoints
{
    public static RouteGroupBuilder MapApplicationFormEndpoints(this RouteGroupBuilder plan)
    {
        plan.MapGet("/applications/{id}/application-form.xlsx", DownloadAsync)
            .WithSummary("R6.1: the candidate's 申请表, for the county, the city, the field's competent department (R6.2) and the candidate.");
        return plan;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string id, HttpRequest request, ClaimsPrincipal user, ApplicationDocuments applications, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        var fields = await applications.FieldsOfDepartmentAsync(caller.IsInRole(WorkflowRoles.CompetentDepartment) ? caller.Scope : null, cancellationToken);
        if (await applications.FindAsync(id, cancellationToken) is not { } document || !DocumentAccess.MayReadApplicationForm(caller, document.Parties, fields))
            return DocumentProblems.NoApplication(id);

        var language = DocumentLanguageSelector.For(request);
        var content = ApplicationFormExport.ToXlsx([DocumentInputs.ToApplicationForm(document, language)], language);
        return DocumentFiles.XlsxFile(content, DocumentFiles.ApplicationForm(document.Application.TraineeName));
    }
}
