using System.Text.Json.Nodes;

namespace WorkflowTalent.Server.Instances;

/// <summary>Alterations applied in order, all or none.</summary>
public sealed record AlterInstanceRequest(IReadOnlyList<AlterationRequest>? Alterations);

/// <summary>
/// One alteration, by <see cref="Type"/>: <c>SetVariable</c> (<see cref="Name"/>, <see cref="Value"/>),
/// <c>CancelActivity</c> or <c>ScheduleActivity</c> (<see cref="ActivityId"/>).
/// </summary>
public sealed record AlterationRequest(string? Type, string? Name, JsonNode? Value, string? ActivityId);
