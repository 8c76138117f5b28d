using WorkflowTalent.Persistence.Instances;

namespace WorkflowTalent.Server.Instances;

/// <summary>A case in a list: the row's columns, without its state.</summary>
public sealed record InstanceSummary(
    string Id, string DefinitionId, int DefinitionVersion, string Status, string? Name, string? CorrelationId, string? StartedBy,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? EndedAt)
{
    public static InstanceSummary From(InstanceRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.DefinitionId, row.DefinitionVersion, row.Status.ToString(), row.Name, row.CorrelationId, row.StartedBy,
            row.CreatedAt, row.UpdatedAt, row.EndedAt);
    }
}
