using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Server.Engine;
using WorkflowTalent.Server.Identity;
using ValidationProblem = WorkflowTalent.Workflows.Validation.ValidationProblem;

namespace WorkflowTalent.Server.Instances;

internal static class StartInstance
{
    private const int MaxIdLength = 200;

    public static RouteGroupBuilder MapStartInstance(this RouteGroupBuilder instances)
    {
        instances.MapPost("/", StartAsync)
            .WithSummary("Starts a case of a published definition; the caller is recorded as the one who started it (a trainee's own leave request).");
        return instances;
    }

    private static async Task<Results<Created<InstanceDetails>, ProblemHttpResult>> StartAsync(
        StartInstanceRequest request, ClaimsPrincipal user, WorkflowDbContext db, WorkflowSteps steps, InstanceReader reader, CancellationToken cancellationToken)
    {
        if (Check(request) is { Count: > 0 } problems)
            return InstanceProblems.Invalid(problems);

        var versions = await db.Definitions.AsNoTracking()
            .Where(d => d.DefinitionId == request.DefinitionId)
            .Select(d => new { d.Version, d.Status })
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
            return InstanceProblems.NotFound($"There is no definition {request.DefinitionId}.");

        int version;
        if (request.Version is { } asked)
        {
            var match = versions.Find(v => v.Version == asked);
            if (match is null)
                return InstanceProblems.NotFound($"There is no version {asked} of definition {request.DefinitionId}.");
            // A draft may still change and a retired version no longer takes new cases: only the published one starts.
            if (match.Status != DefinitionStatus.Published)
                return InstanceProblems.Refused($"Version {asked} of {request.DefinitionId} is {match.Status.ToString().ToLowerInvariant()}; only the published version starts new cases.");
            version = asked;
        }
        else if (versions.Where(v => v.Status == DefinitionStatus.Published).Max(v => (int?)v.Version) is { } published)
            version = published;
        else
            return InstanceProblems.Refused($"Definition {request.DefinitionId} has no published version (only drafts or retired versions); it starts no new cases.");

        var caller = Caller.From(user);
        var started = steps.Run(
            host => host.Start(request.DefinitionId, request.Input, request.CorrelationId, version),
            (result, store) => store.Row(result.Instance.Id)!.StartedBy = caller.UserName);
        var details = await reader.ChangedAsync(user, started.Instance.Id, cancellationToken);
        return TypedResults.Created($"/api/instances/{details.Id}", details);
    }

    private static List<ValidationProblem> Check(StartInstanceRequest request)
    {
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(request.DefinitionId))
            problems.Add(new("definitionId", "is required"));
        if (request.CorrelationId is { Length: > MaxIdLength })
            problems.Add(new("correlationId", $"is longer than {MaxIdLength} characters"));
        return problems;
    }
}
