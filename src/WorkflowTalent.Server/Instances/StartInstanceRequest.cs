using System.Text.Json.Nodes;

namespace WorkflowTalent.Server.Instances;

/// <summary>Starts a case of <see cref="DefinitionId"/>: its published version, or <see cref="Version"/> when that one is published.</summary>
public sealed record StartInstanceRequest(string DefinitionId, int? Version, JsonObject? Input, string? CorrelationId);
