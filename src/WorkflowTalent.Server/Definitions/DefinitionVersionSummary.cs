using WorkflowTalent.Persistence.Definitions;

namespace WorkflowTalent.Server.Definitions;

/// <summary>One version as the API lists it, without its JSON.</summary>
public sealed record DefinitionVersionSummary(
    string Id,
    string DefinitionId,
    int Version,
    string Status,
    string? Name,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? RetiredAt,
    string? ChangedBy,
    int RunningInstances)
{
    public static DefinitionVersionSummary From(DefinitionRecord record, int runningInstances)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Id, record.DefinitionId, record.Version, record.Status.ToString(), record.Name, record.CreatedAt,
            record.UpdatedAt, record.PublishedAt, record.RetiredAt, record.ChangedBy, runningInstances);
    }
}
