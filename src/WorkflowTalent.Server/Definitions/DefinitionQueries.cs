using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Definitions;

/// <summary>What the definitions API reads: versions without their JSON, and how many cases run on each.</summary>
public sealed class DefinitionQueries(WorkflowDbContext db)
{
    /// <summary>
    /// Every definition at a glance; <paramref name="countRunning"/> false leaves out the running cases, whose count
    /// reads every case not ended (the inbox wants names on each load, not counts).
    /// </summary>
    public IReadOnlyList<DefinitionSummary> List(bool countRunning = true)
    {
        var versions = Versions(db.Definitions.AsNoTracking());
        var running = countRunning ? Running(db.Instances.AsNoTracking()) : [];
        return [.. versions
            .GroupBy(v => v.DefinitionId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Summarise(g.Key, [.. g], running))];
    }

    /// <summary>Every version of one definition, newest first; null when there is no such definition.</summary>
    public DefinitionDetail? Detail(string definitionId)
    {
        var versions = Versions(db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId));
        if (versions.Count == 0)
            return null;
        var running = Running(db.Instances.AsNoTracking().Where(i => i.DefinitionId == definitionId));
        var rows = versions.OrderByDescending(v => v.Version)
            .Select(v => DefinitionVersionSummary.From(v, running.GetValueOrDefault((definitionId, v.Version))))
            .ToList();
        return new(definitionId, rows[0].Name, rows);
    }

    /// <summary>The JSON of one version exactly as stored.</summary>
    public string? Json(string definitionId, int version) =>
        db.Definitions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId && d.Version == version)
            .Select(d => d.Json)
            .SingleOrDefault();

    /// <summary>How many cases not yet ended run on one version.</summary>
    public int RunningOn(string definitionId, int version) =>
        Running(db.Instances.AsNoTracking().Where(i => i.DefinitionId == definitionId && i.DefinitionVersion == version))
            .GetValueOrDefault((definitionId, version));

    private static DefinitionSummary Summarise(string definitionId, List<DefinitionRecord> versions, Dictionary<(string DefinitionId, int Version), int> running)
    {
        var latest = versions.MaxBy(v => v.Version)!;
        return new DefinitionSummary(
            definitionId,
            latest.Name,
            latest.Version,
            versions.Where(v => v.Status == DefinitionStatus.Published).Max(v => (int?)v.Version),
            versions.Where(v => v.Status == DefinitionStatus.Draft).Max(v => (int?)v.Version),
            new(versions.Count(v => v.Status == DefinitionStatus.Draft),
                versions.Count(v => v.Status == DefinitionStatus.Published),
                versions.Count(v => v.Status == DefinitionStatus.Retired)),
            [.. running.Where(r => r.Key.DefinitionId == definitionId)
                .OrderBy(r => r.Key.Version)
                .Select(r => new DefinitionSummary.RunningCount(r.Key.Version, r.Value))]);
    }

    // Every column but the JSON, which may be large and is not listed.
    private static List<DefinitionRecord> Versions(IQueryable<DefinitionRecord> query) =>
        [.. query.Select(d => new DefinitionRecord
        {
            Id = d.Id,
            DefinitionId = d.DefinitionId,
            Version = d.Version,
            Status = d.Status,
            Name = d.Name,
            Json = "",
            CreatedAt = d.CreatedAt,
            UpdatedAt = d.UpdatedAt,
            PublishedAt = d.PublishedAt,
            RetiredAt = d.RetiredAt,
            ChangedBy = d.ChangedBy,
        })];

    private static Dictionary<(string DefinitionId, int Version), int> Running(IQueryable<Persistence.Instances.InstanceRecord> instances) =>
        instances
            .Where(i => i.Status != WorkflowStatus.Finished && i.Status != WorkflowStatus.Faulted && i.Status != WorkflowStatus.Cancelled)
            .GroupBy(i => new { i.DefinitionId, i.DefinitionVersion })
            .Select(g => new { g.Key.DefinitionId, g.Key.DefinitionVersion, Count = g.Count() })
            .AsEnumerable()
            .ToDictionary(g => (g.DefinitionId, g.DefinitionVersion), g => g.Count);
}
