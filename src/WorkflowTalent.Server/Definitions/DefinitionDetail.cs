namespace WorkflowTalent.Server.Definitions;

/// <summary>A definition with every version, newest first.</summary>
public sealed record DefinitionDetail(string DefinitionId, string? Name, IReadOnlyList<DefinitionVersionSummary> Versions);
