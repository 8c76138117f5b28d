using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Server.Identity;
using WorkflowTalent.Server.Problems;
using WorkflowTalent.Workflows.Validation;

namespace WorkflowTalent.Server.Definitions;

/// <summary>Published and retired versions: retiring one, and rolling back to one.</summary>
internal static class VersionEndpoints
{
    public static RouteGroupBuilder MapVersionEndpoints(this RouteGroupBuilder definitions)
    {
        var version = definitions.MapGroup("/{definitionId}/versions/{version:int}").RequireAuthorization(IdentityModule.AdministratorsOnly);
        version.MapPost("/retire", Retire)
            .WithSummary("Retires a version: no new case starts on it; the cases running on it continue.");
        version.MapPost("/republish", Republish)
            .WithSummary("Rolls back to a version: a copy of it is published as the next version, and the version published until now retires.");
        return definitions;
    }

    private static Results<Ok<DefinitionVersionSummary>, ProblemHttpResult> Retire(
        string definitionId, int version, ClaimsPrincipal user, DefinitionCatalog catalog, DefinitionQueries queries)
    {
        if (catalog.Find(definitionId, version) is not { } record)
            return DefinitionProblems.NoVersion(definitionId, version);
        if (record.Status == DefinitionStatus.Draft)
            return DefinitionProblems.Conflict($"Version {version} of {definitionId} is a draft, which no case uses; discard it instead.");

        // Retiring a retired version again changes nothing, so that a repeated request is harmless.
        if (record.Status == DefinitionStatus.Published)
        {
            catalog.Retire(record, Caller.From(user).UserName);
            catalog.SaveChanges();
        }

        return TypedResults.Ok(DefinitionVersionSummary.From(record, queries.RunningOn(definitionId, version)));
    }

    private static Results<Created<DraftSaved>, ProblemHttpResult> Republish(
        string definitionId, int version, ClaimsPrincipal user, DefinitionValidator validator, DefinitionCatalog catalog)
    {
        if (catalog.Find(definitionId, version) is not { } record)
            return DefinitionProblems.NoVersion(definitionId, version);
        if (record.Status == DefinitionStatus.Draft)
            return DefinitionProblems.Conflict($"Version {version} of {definitionId} is the draft; publish it with POST /api/definitions/{definitionId}/draft/publish.");

        // Validated again: what was valid when it was published may not be under today's activities.
        var validation = validator.Validate(record.Json);
        if (!validation.IsValid)
            return ValidationProblems.Unprocessable($"Version {version} is not valid any more", validation.Problems);

        // Elsa's roll-back: a copy goes out as the next version, so version numbers only grow and the history
        // keeps what was published when.
        var published = catalog.Publish(validation.Definition!, Caller.From(user).UserName);
        catalog.SaveChanges();
        return TypedResults.Created(
            $"/api/definitions/{Uri.EscapeDataString(definitionId)}/versions/{published.Version}",
            DraftSaved.From(DefinitionVersionSummary.From(published, runningInstances: 0), validation.Problems));
    }
}
