using Microsoft.AspNetCore.Http.HttpResults;

namespace WorkflowTalent.Server.Definitions;

internal static class DiffEndpoints
{
    public static RouteGroupBuilder MapDefinitionDiff(this RouteGroupBuilder definitions)
    {
        definitions.MapGet("/{definitionId}/diff", Diff)
            .WithSummary("Compares two versions: a unified diff of their indented JSON, and the activities, connections and variables added, removed or changed.");
        return definitions;
    }

    private static Results<Ok<DefinitionDiff>, ProblemHttpResult> Diff(string definitionId, int from, int to, DefinitionQueries queries)
    {
        if (queries.Json(definitionId, from) is not { } fromJson)
            return DefinitionProblems.NoVersion(definitionId, from);
        if (queries.Json(definitionId, to) is not { } toJson)
            return DefinitionProblems.NoVersion(definitionId, to);
        return TypedResults.Ok(DefinitionDiffer.Compare(definitionId, from, fromJson, to, toJson));
    }
}
