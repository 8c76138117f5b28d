using System.Text.Json.Nodes;

namespace WorkflowTalent.Server.Definitions;

/// <summary>
/// How a simulation went: the journal entries as <c>wt simulate</c> prints them, the final status, the WriteLine
/// output, every expectation that failed and the step refused, if any.
/// </summary>
public sealed record SimulationReport(
    string? Status,
    bool Succeeded,
    IReadOnlyList<JsonNode> Journal,
    IReadOnlyList<string> Output,
    IReadOnlyList<string> Failures,
    string? Refusal);
