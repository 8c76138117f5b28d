using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.SummaryTable;

/// <summary>R6.1: one candidate's line in a county's 汇总表; what the export writes and the import returns.</summary>
public sealed record SummaryTableRow
{
    public required string Name { get; init; }
    /// <summary>Null when the application predates the recorded gender: the form leaves the box blank for the hand.</summary>
    public required Gender? Gender { get; init; }
    public required string Ethnicity { get; init; }
    public required DateOnly BirthMonth { get; init; }
    public required EducationLevel Education { get; init; }
    public string? ProfessionalTitle { get; init; }
    public required ProfessionalField Field { get; init; }
    public required string WorkUnit { get; init; }
    public required string Township { get; init; }
    public required bool RemoteTownship { get; init; }
    public required bool PartyMember { get; init; }
    public required string RequestedReceivingUnit { get; init; }
    public string? Remarks { get; init; }
}
