using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowTalent.Server.Identity;
using WorkflowTalent.Server.Problems;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Validation;
using ValidationProblem = WorkflowTalent.Workflows.Validation.ValidationProblem;

namespace WorkflowTalent.Server.Definitions;

/// <summary>The one draft of a definition: edited in place until it is published or discarded.</summary>
internal static class DraftEndpoints
{
    // The database's column lengths for the definition id and the name.
    private const int MaxDefinitionIdLength = 200;
    private const int MaxNameLength = 1000;

    public static RouteGroupBuilder MapDraftEndpoints(this RouteGroupBuilder definitions)
    {
        var draft = definitions.MapGroup("/{definitionId}/draft").RequireAuthorization(IdentityModule.AdministratorsOnly);
        draft.MapPut("/", SaveAsync)
            .WithSummary("Creates or updates the draft from an Elsa 3 JSON body; a new draft takes the next version number.")
            .Accepts<JsonObject>("application/json");
        draft.MapDelete("/", Discard)
            .WithSummary("Discards the draft.");
        draft.MapPost("/validate", ValidateAsync)
            .WithSummary("Validates an Elsa 3 JSON body with the same checks as saving the draft; nothing is stored (the editor's live validation).")
            .Accepts<JsonObject>("application/json");
        draft.MapPost("/publish", Publish)
            .WithSummary("Publishes the draft after validating it again; the version published until now retires for new cases.");
        return definitions;
    }

    private static async Task<Results<Created<DraftSaved>, Ok<DraftSaved>, ProblemHttpResult>> SaveAsync(
        string definitionId, HttpRequest request, ClaimsPrincipal user, DefinitionValidator validator, DefinitionCatalog catalog, CancellationToken cancellationToken)
    {
        var (definition, problems) = await ValidateBodyAsync(definitionId, request, validator, cancellationToken);
        if (definition is null || problems.Exists(p => p.IsError))
            return ValidationProblems.Unprocessable("The definition is not valid", problems);

        var (draft, created) = catalog.SaveDraft(definition, Caller.From(user).UserName);
        catalog.SaveChanges();
        var saved = DraftSaved.From(DefinitionVersionSummary.From(draft, runningInstances: 0), problems);
        return created
            ? TypedResults.Created($"/api/definitions/{Uri.EscapeDataString(definitionId)}/versions/{draft.Version}", saved)
            : TypedResults.Ok(saved);
    }

    private static async Task<Ok<DraftValidation>> ValidateAsync(
        string definitionId, HttpRequest request, DefinitionValidator validator, CancellationToken cancellationToken)
    {
        var (_, problems) = await ValidateBodyAsync(definitionId, request, validator, cancellationToken);
        return TypedResults.Ok(DraftValidation.From(problems));
    }

    // The checks of saving a draft, shared with the editor's validation so that what it shows is what a save refuses.
    private static async Task<(WorkflowDefinition? Definition, List<ValidationProblem> Problems)> ValidateBodyAsync(
        string definitionId, HttpRequest request, DefinitionValidator validator, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        var validation = validator.Validate(body.ToArray());
        List<ValidationProblem> problems = [.. validation.Problems, .. Checks(definitionId, validation.Definition)];
        return (validation.Definition, problems);
    }

    private static Results<NoContent, ProblemHttpResult> Discard(string definitionId, DefinitionCatalog catalog)
    {
        if (catalog.FindDraft(definitionId) is not { } draft)
            return DefinitionProblems.NoDraft(definitionId);
        catalog.DiscardDraft(draft);
        catalog.SaveChanges();
        return TypedResults.NoContent();
    }

    private static Results<Ok<DraftSaved>, ProblemHttpResult> Publish(string definitionId, ClaimsPrincipal user, DefinitionValidator validator, DefinitionCatalog catalog)
    {
        if (catalog.FindDraft(definitionId) is not { } draft)
            return DefinitionProblems.NoDraft(definitionId);

        // Validated again: the activities or the validator may have changed since the draft was saved.
        var validation = validator.Validate(draft.Json);
        if (!validation.IsValid)
            return ValidationProblems.Unprocessable("The draft is not valid", validation.Problems);

        var published = catalog.PublishDraft(draft, validation.Definition!, Caller.From(user).UserName);
        catalog.SaveChanges();
        return TypedResults.Ok(DraftSaved.From(DefinitionVersionSummary.From(published, runningInstances: 0), validation.Problems));
    }

    private static IEnumerable<ValidationProblem> Checks(string definitionId, WorkflowDefinition? definition)
    {
        if (definition is null)
            yield break;
        if (!string.Equals(definition.DefinitionId, definitionId, StringComparison.Ordinal))
            yield return new("definitionId", $"the body's definitionId {definition.DefinitionId} is not the {definitionId} of the address");
        if (definitionId.Length > MaxDefinitionIdLength)
            yield return new("definitionId", $"a definitionId has at most {MaxDefinitionIdLength} characters");
        if (definition.Name is { Length: > MaxNameLength })
            yield return new("name", $"a name has at most {MaxNameLength} characters");
    }
}
