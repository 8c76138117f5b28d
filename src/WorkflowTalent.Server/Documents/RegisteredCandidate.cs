namespace WorkflowTalent.Server.Documents;

/// <summary>An application the import created (R6.1), with the Excel row it came from.</summary>
public sealed record RegisteredCandidate(string Id, string Name, int? Row);
