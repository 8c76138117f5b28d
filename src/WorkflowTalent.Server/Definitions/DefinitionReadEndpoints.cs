using Microsoft.AspNetCore.Http.HttpResults;

namespace WorkflowTalent.Server.Definitions;

internal static class DefinitionReadEndpoints
{
    public static RouteGroupBuilder MapDefinitionReads(this RouteGroupBuilder definitions)
    {
        definitions.MapGet("/", (DefinitionQueries queries, bool running = true) => TypedResults.Ok(queries.List(running)))
            .WithSummary("Lists the definitions: latest, published and draft version, versions per status, running cases per version (running=false: none counted, as for a list of names).");

        definitions.MapGet("/{definitionId}", Results<Ok<DefinitionDetail>, ProblemHttpResult> (string definitionId, DefinitionQueries queries) =>
                queries.Detail(definitionId) is { } detail ? TypedResults.Ok(detail) : DefinitionProblems.NoDefinition(definitionId))
            .WithSummary("Every version of a definition, newest first, with its status, dates, who changed it last and its running cases.");

        definitions.MapGet("/{definitionId}/versions/{version:int}", Results<ContentHttpResult, ProblemHttpResult> (string definitionId, int version, DefinitionQueries queries) =>
                queries.Json(definitionId, version) is { } json
                    ? TypedResults.Text(json, "application/json")
                    : DefinitionProblems.NoVersion(definitionId, version))
            .WithSummary("One version's Elsa 3 JSON, exactly as stored.")
            .Produces<string>(StatusCodes.Status200OK, "application/json");
        return definitions;
    }
}
