namespace WorkflowTalent.Server.Plan;

/// <summary>
/// <c>/api/plan</c>: officials read the reference data, the settings, the batches and the quotas; administrators
/// edit reference data and settings; administrators and the Municipal Organisation Department open batches, move
/// them through their lifecycle and compute quotas (R2.1). Forbidden is 403, as for the other administrative APIs.
/// </summary>
public static class PlanApi
{
    public static IEndpointRouteBuilder MapPlanApi(this IEndpointRouteBuilder app)
    {
        var plan = app.MapGroup("/api/plan").WithTags("Plan").RequireAuthorization(PlanModule.Readers);
        plan.MapReferenceEndpoints();
        plan.MapReferenceWorkbookEndpoints();
        plan.MapSettingsEndpoints();
        plan.MapBatchEndpoints();
        plan.MapAllocationEndpoints();
        return app;
    }
}
