using System.Text.Json.Serialization;

namespace WorkflowTalent.Workflows.Runtime;

/// <summary>
/// One line of an instance's journal. <see cref="Activity"/> and <see cref="Type"/> name the activity
/// (for instance events: the root flowchart); the other fields are set per <see cref="Event"/>.
/// </summary>
public sealed record JournalEntry
{
    [JsonPropertyOrder(-4)] public required string Time { get; init; }
    [JsonPropertyOrder(-3)] public required string Activity { get; init; }
    [JsonPropertyOrder(-2)] public required string Type { get; init; }
    [JsonPropertyOrder(-1)] public required string Event { get; init; }
    public string? Port { get; init; }
    public string? Text { get; init; }
    public string? Message { get; init; }
    public string? Role { get; init; }
    public string? Scope { get; init; }
    public string? Title { get; init; }
    public string? Due { get; init; }
    public string? Outcome { get; init; }
    public string? By { get; init; }
    public string? Reason { get; init; }
    public string? Name { get; init; }
    public string? To { get; init; }
    public string? Subject { get; init; }
}
