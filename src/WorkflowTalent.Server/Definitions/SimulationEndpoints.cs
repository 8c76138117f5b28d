using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Definitions;

internal static class SimulationEndpoints
{
    public static RouteGroupBuilder MapSimulationEndpoints(this RouteGroupBuilder definitions)
    {
        var admin = definitions.MapGroup("/{definitionId}").RequireAuthorization(IdentityModule.AdministratorsOnly);
        admin.MapPost("/draft/simulate", Results<Ok<SimulationReport>, ProblemHttpResult> (string definitionId, SimulationRequest request, DefinitionCatalog catalog, DefinitionSimulation simulation) =>
                catalog.FindDraft(definitionId) is { } draft ? simulation.Run(draft.Json, request) : DefinitionProblems.NoDraft(definitionId))
            .WithSummary("Runs the draft through a simulation script (as wt simulate reads it) on a virtual clock; nothing is stored.");
        admin.MapPost("/versions/{version:int}/simulate", Results<Ok<SimulationReport>, ProblemHttpResult> (string definitionId, int version, SimulationRequest request, DefinitionQueries queries, DefinitionSimulation simulation) =>
                queries.Json(definitionId, version) is { } json ? simulation.Run(json, request) : DefinitionProblems.NoVersion(definitionId, version))
            .WithSummary("Runs a version through a simulation script (as wt simulate reads it) on a virtual clock; nothing is stored.");
        return definitions;
    }
}
