namespace WorkflowTalent.Server.Problems;

public static class ProblemsModule
{
    /// <summary>Every error answer is an RFC 7807 problem: refusals, unexpected faults (without their details), 404s.</summary>
    public static IServiceCollection AddWorkflowProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<RefusalExceptionHandler>();
        return services;
    }
}
