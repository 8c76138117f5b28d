using System.Text.Json.Nodes;

namespace WorkflowTalent.Workflows.Runtime;

/// <summary>An event published to waiting instances (by Elsa.PublishEvent or from outside).</summary>
public sealed record PublishedEvent(string EventName, string? CorrelationId, JsonNode? Payload);
