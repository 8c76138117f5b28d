namespace WorkflowTalent.Documents.FinalList;

/// <summary>R6.4: a batch's approved trainees; the report-in deadline is 30 August of the batch year unless given (R6.5).</summary>
public sealed record FinalListInput(int Year, IReadOnlyList<FinalListEntry> Entries, DateOnly? ReportDeadline = null)
{
    public DateOnly Deadline => ReportDeadline ?? new DateOnly(Year, 8, 30);
}
