using System.Text.Json.Nodes;

namespace WorkflowTalent.Server.Events;

/// <summary>
/// An event from outside. With <see cref="CorrelationId"/> it reaches only the waits of that correlation; without,
/// every wait for the name. <see cref="Payload"/> goes to the waiting activity's result variable.
/// </summary>
public sealed record PublishEventRequest(string? CorrelationId, JsonNode? Payload);
