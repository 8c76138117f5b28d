namespace WorkflowTalent.Server.Documents;

/// <summary>
/// The plan's documents under <c>/api/plan</c>: 汇总表 (export and import), 申请表, 最终名单, 考核登记表 (workbook and
/// print view), 经费台账. Chinese unless <c>?lang=en</c> or Accept-Language asks for English. Each endpoint decides
/// who may read what (<see cref="Access.DocumentAccess"/>); a document the caller may not read is 404.
/// </summary>
public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        // Signed-in callers only; trainees too, for their own assessment form (R14.1).
        var plan = app.MapGroup("/api/plan").WithTags("Documents").RequireAuthorization();
        plan.MapSummaryTableEndpoints();
        plan.MapApplicationFormEndpoints();
        plan.MapFinalListEndpoints();
        plan.MapAssessmentFormEndpoints();
        plan.MapFundingLedgerEndpoints();
        return app;
    }
}
