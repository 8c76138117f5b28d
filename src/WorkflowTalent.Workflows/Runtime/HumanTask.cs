using System.Text.Json.Nodes;

namespace WorkflowTalent.Workflows.Runtime;

/// <summary>An open task of a <c>WorkflowTalent.HumanTask</c> activity, as the inbox shows it.</summary>
public sealed class HumanTask
{
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required string Role { get; init; }
    public string? Scope { get; init; }
    public required IReadOnlyList<string> Outcomes { get; init; }
    public JsonNode? Form { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? Due { get; init; }
    public EscalationMode Escalation { get; init; }
    public bool IsOverdue { get; set; }
    public string? ResultVariable { get; init; }
}
