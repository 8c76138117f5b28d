namespace WorkflowTalent.Persistence.Definitions;

/// <summary>One version of a definition, with its JSON exactly as written.</summary>
public sealed class DefinitionRecord
{
    /// <summary>The version id (Elsa's <c>id</c>), unique across all definitions and versions.</summary>
    public required string Id { get; set; }
    public required string DefinitionId { get; set; }
    public required int Version { get; set; }
    public DefinitionStatus Status { get; set; }
    public string? Name { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }

    /// <summary>Last change to a draft (drafts are edited in place until published).</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>The administrator who last saved, published or retired it; "import" for the repository's workflows/.</summary>
    public string? ChangedBy { get; set; }
}
