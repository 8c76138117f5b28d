namespace WorkflowTalent.Server.Definitions;

/// <summary>
/// <c>/api/definitions</c>: every signed-in user may read definitions and compare versions; only administrators
/// change them (drafts, publishing, retiring, rolling back) or simulate them.
/// </summary>
public static class DefinitionEndpoints
{
    public static IEndpointRouteBuilder MapDefinitionEndpoints(this IEndpointRouteBuilder app)
    {
        var definitions = app.MapGroup("/api/definitions").WithTags("Definitions");
        definitions.MapDefinitionReads();
        definitions.MapDefinitionDiff();
        definitions.MapDraftEndpoints();
        definitions.MapVersionEndpoints();
        definitions.MapSimulationEndpoints();
        return app;
    }
}
