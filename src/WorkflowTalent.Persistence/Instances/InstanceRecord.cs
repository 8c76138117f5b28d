using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Persistence.Instances;

/// <summary>An instance's row: the columns queries filter on, and its whole state (without the journal) as JSON.</summary>
public sealed class InstanceRecord
{
    public required string Id { get; set; }
    public required string DefinitionId { get; set; }
    public int DefinitionVersion { get; set; }
    public WorkflowStatus Status { get; set; }
    public string? CorrelationId { get; set; }
    public string? Name { get; set; }
    public string? ParentInstanceId { get; set; }

    /// <summary>The user who started it through the service (a trainee's own case); null for children and imports.</summary>
    public string? StartedBy { get; set; }

    /// <summary>The instance as <see cref="InstanceSerializer"/> writes it, with the journal left out (it has its own table).</summary>
    public required string StateJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>The journal rows the instance has, i.e. the last sequence; a step numbers its entries on without asking the journal.</summary>
    public int JournalLength { get; set; }

    /// <summary>Incremented on every save; a step that loaded an older revision cannot overwrite a newer one.</summary>
    public int Revision { get; set; }
}
