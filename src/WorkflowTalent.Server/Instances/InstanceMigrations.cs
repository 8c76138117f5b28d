using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Server.Engine;
using WorkflowTalent.Workflows.Alterations;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Instances;

/// <summary>
/// Previews and applies migrations case by case: each case migrates in a transaction of its own, so one the engine
/// refuses stays as it was and does not stop the others.
/// </summary>
internal sealed class InstanceMigrations(WorkflowDbContext db, WorkflowSteps steps)
{
    public async Task<IReadOnlyList<string>> SelectAsync(MigrationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.InstanceIds is { Count: > 0 } ids)
            return [.. ids.Distinct(StringComparer.Ordinal)];
        var filter = request.Filter!;
        var query = db.Instances.AsNoTracking().Where(i =>
            i.DefinitionId == filter.DefinitionId
            && (i.Status == WorkflowStatus.Running || i.Status == WorkflowStatus.Waiting)
            && i.DefinitionVersion != request.ToVersion);
        if (filter.Version is { } version)
            query = query.Where(i => i.DefinitionVersion == version);
        return await query.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Nothing is saved: the case is read, planned and left.</summary>
    public MigrationPreview Preview(string instanceId, int toVersion, IReadOnlyDictionary<string, string>? mapping)
    {
        var host = steps.Host;
        if (host.Instances.Find(instanceId) is not { } instance)
            return new(instanceId, null, toVersion, false, [], [$"there is no instance {instanceId}"]);
        if (TargetProblem(instance.DefinitionId, instance.DefinitionVersion, toVersion) is { } problem)
            return new(instanceId, instance.DefinitionVersion, toVersion, false, [], [problem]);
        var plan = InstanceAlterations.PlanMigration(host.CompiledFor(instance), host.Compiled(instance.DefinitionId, toVersion), instance, mapping);
        return new(instanceId, plan.FromVersion, plan.ToVersion, plan.CanApply, plan.Moves, plan.Problems);
    }

    public MigrationOutcome Apply(string instanceId, int toVersion, IReadOnlyDictionary<string, string>? mapping)
    {
        var row = db.Instances.AsNoTracking().Where(i => i.Id == instanceId).Select(i => new { i.DefinitionId, i.DefinitionVersion }).SingleOrDefault();
        if (row is null)
            return Refused($"there is no instance {instanceId}");
        if (TargetProblem(row.DefinitionId, row.DefinitionVersion, toVersion) is { } problem)
            return Refused(problem);
        try
        {
            steps.Run(host => host.Migrate(instanceId, toVersion, mapping));
            return new(instanceId, MigrationOutcome.Migrated, row.DefinitionVersion, toVersion, null);
        }
        catch (WorkflowRefusedException refused)
        {
            // The committer rolled the case back; the refusal is this case's answer, not the request's.
            return Refused(refused.Message);
        }

        MigrationOutcome Refused(string reason) => new(instanceId, MigrationOutcome.Refused, row?.DefinitionVersion, toVersion, reason);
    }

    // A draft may still change after cases moved onto it, and the compiled cache keeps only versions that do not.
    private string? TargetProblem(string definitionId, int fromVersion, int toVersion)
    {
        if (fromVersion == toVersion)
            return $"the instance already runs version {toVersion}";
        var status = db.Definitions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId && d.Version == toVersion)
            .Select(d => (DefinitionStatus?)d.Status)
            .SingleOrDefault();
        return status switch
        {
            null => $"there is no version {toVersion} of {definitionId}",
            DefinitionStatus.Draft => $"version {toVersion} of {definitionId} is a draft; publish it before moving cases onto it",
            _ => null,
        };
    }
}
