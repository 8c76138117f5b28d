namespace WorkflowTalent.Server.Tasks;

/// <summary>The officials' side of the service: the inbox, each task's page and actions, saved filters, substitutes (issue 4).</summary>
public static class TaskEndpoints
{
    public static IEndpointRouteBuilder MapTaskEndpoints(this IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/tasks").WithTags("Tasks");
        tasks.MapInboxEndpoints();
        tasks.MapSavedFilterEndpoints();
        tasks.MapBulkEndpoints();
        tasks.MapTaskCommandEndpoints();
        tasks.MapEligibleOfficialsEndpoint();
        app.MapSubstituteEndpoints();
        return app;
    }
}
