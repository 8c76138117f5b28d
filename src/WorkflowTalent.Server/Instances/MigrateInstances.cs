using Microsoft.AspNetCore.Http.HttpResults;
using ValidationProblem = WorkflowTalent.Workflows.Validation.ValidationProblem;

namespace WorkflowTalent.Server.Instances;

internal static class MigrateInstances
{
    public static RouteGroupBuilder MapMigrateInstances(this RouteGroupBuilder administration)
    {
        administration.MapPost("/migrations/preview", PreviewAsync)
            .WithSummary("Administrators: per case, where its open tasks, timers and waits would move in the target version, or why it cannot move. Changes nothing.");
        administration.MapPost("/migrations", ApplyAsync)
            .WithSummary("Administrators: migrates each case in its own transaction; a refused case stays unchanged and the others go on.");
        return administration;
    }

    private static async Task<Results<Ok<MigrationPreviewReport>, ProblemHttpResult>> PreviewAsync(
        MigrationRequest request, InstanceMigrations migrations, CancellationToken cancellationToken)
    {
        if (Check(request) is { Count: > 0 } problems)
            return InstanceProblems.Invalid(problems);
        var ids = await migrations.SelectAsync(request, cancellationToken);
        return TypedResults.Ok(new MigrationPreviewReport([.. ids.Select(id => migrations.Preview(id, request.ToVersion, request.Mapping))]));
    }

    private static async Task<Results<Ok<MigrationReport>, ProblemHttpResult>> ApplyAsync(
        MigrationRequest request, InstanceMigrations migrations, CancellationToken cancellationToken)
    {
        if (Check(request) is { Count: > 0 } problems)
            return InstanceProblems.Invalid(problems);
        var ids = await migrations.SelectAsync(request, cancellationToken);
        var outcomes = ids.Select(id => migrations.Apply(id, request.ToVersion, request.Mapping)).ToList();
        return TypedResults.Ok(new MigrationReport(
            outcomes.Count(o => o.Result == MigrationOutcome.Migrated), outcomes.Count(o => o.Result == MigrationOutcome.Refused), outcomes));
    }

    private static List<ValidationProblem> Check(MigrationRequest request)
    {
        var problems = new List<ValidationProblem>();
        var byIds = request.InstanceIds is { Count: > 0 };
        if (byIds == request.Filter is not null)
            problems.Add(new("instanceIds", "name the instances, or give a filter, not both"));
        if (request.InstanceIds is { } ids && ids.Any(string.IsNullOrWhiteSpace))
            problems.Add(new("instanceIds", "has an empty id"));
        if (request.Filter is { } filter && string.IsNullOrWhiteSpace(filter.DefinitionId))
            problems.Add(new("filter.definitionId", "is required"));
        if (request.ToVersion < 1)
            problems.Add(new("toVersion", "is a version number, from 1"));
        if (request.Mapping is { } mapping && mapping.Any(m => string.IsNullOrWhiteSpace(m.Key) || string.IsNullOrWhiteSpace(m.Value)))
            problems.Add(new("mapping", "maps activity ids to activity ids; none may be empty"));
        return problems;
    }
}
