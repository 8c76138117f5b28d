using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Applications;

/// <summary>
/// <c>/api/plan/batches/{year}/applications</c> and <c>/api/plan/applications/{id}</c>: counties register candidates
/// (R6.1), officials read the applications within their scope, and the cases of a placed trainee's year are started
/// by whom the policy names (R15.1, R15.2, R16.2, R6.5). What a caller may not see or do answers 404.
/// </summary>
public static class ApplicationsApi
{
    public static IEndpointRouteBuilder MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        var plan = app.MapGroup("/api/plan").WithTags("Applications").RequireAuthorization();
        var batch = plan.MapGroup("/batches/{year:int}/applications");
        batch.MapPost("/", (int year, RegisterApplicationRequest request, ClaimsPrincipal user, ApplicationRegistration registration, CancellationToken cancellationToken) =>
                registration.RegisterAsync(year, request, Caller.From(user), cancellationToken))
            .RequireAuthorization(ApplicationsModule.Registrars)
            .WithSummary("R6.1: registers a candidate and starts selection; 422 naming each rule refused (R5.1, R3.2) or the county's quota (R3.4), 409 unless the batch recruits.");
        batch.MapGet("/", async (int year, ClaimsPrincipal user, ApplicationReader reader, CancellationToken cancellationToken) =>
                TypedResults.Ok(await reader.ListAsync(Caller.From(user), year, cancellationToken)))
            .WithSummary("The batch's applications within the caller's scope.");

        var one = plan.MapGroup("/applications/{id}");
        one.MapGet("/", async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> (string id, ClaimsPrincipal user, ApplicationReader reader, CancellationToken cancellationToken) =>
                await reader.FindAsync(Caller.From(user), id, cancellationToken) is { } view ? TypedResults.Ok(view) : ApplicationProblems.NoApplication(id))
            .WithSummary("One application; 404 when there is none or it is outside the caller's scope.");
        one.MapPost("/leave", (string id, LeaveRequest request, ClaimsPrincipal user, ApplicationCases cases, CancellationToken cancellationToken) =>
                cases.LeaveAsync(id, request, Caller.From(user), cancellationToken))
            .WithSummary("R15.1: the trainee asks for leave; 422 when it ends before it starts.");
        one.MapPost("/discipline", (string id, ReasonRequest request, ClaimsPrincipal user, ApplicationCases cases, CancellationToken cancellationToken) =>
                cases.DisciplineAsync(id, request, Caller.From(user), cancellationToken))
            .WithSummary("R15.2: the receiving unit proposes cancelling the place; the competent department consents.");
        one.MapPost("/extension", (string id, ReasonRequest request, ClaimsPrincipal user, ApplicationCases cases, CancellationToken cancellationToken) =>
                cases.ExtensionAsync(id, request, Caller.From(user), cancellationToken))
            .WithSummary("R16.2: the receiving unit or the county asks to extend training into the next batch.");
        one.MapPost("/report-in", (string id, ClaimsPrincipal user, ApplicationCases cases, CancellationToken cancellationToken) =>
                cases.ReportInAsync(id, Caller.From(user), cancellationToken))
            .WithSummary("R6.5: starts report-in for a placed trainee (when talent-year does not).");
        one.MapPost("/training", (string id, ClaimsPrincipal user, ApplicationCases cases, CancellationToken cancellationToken) =>
                cases.TrainingAsync(id, Caller.From(user), cancellationToken))
            .WithSummary("R7.1–R14.4: starts training for a placed trainee (when talent-year does not).");
        app.MapMyApplicationsApi();
        return app;
    }
}
