using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.FinalList;

/// <summary>R6.3/R6.4: one approved trainee with the placement the competent department arranged.</summary>
public sealed record FinalListEntry
{
    public required string Name { get; init; }
    public required string County { get; init; }
    public required string WorkUnit { get; init; }
    public required ProfessionalField Field { get; init; }
    public required string ReceivingUnit { get; init; }
    public required string Department { get; init; }
    public required string Mentor { get; init; }
    public required string ResearchTopic { get; init; }
}
