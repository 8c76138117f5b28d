using WorkflowTalent.Plan.Batches;

namespace WorkflowTalent.Persistence.Plan;

/// <summary>
/// One year's intake (R3.1) as <c>WorkflowTalent.Plan.Batches.Batch</c> computed it from the settings of the day:
/// dates are Yuxi local dates, <see cref="ReportInClosesUtc"/> the instant the report-in deadline ends (R6.5).
/// </summary>
public sealed class BatchRecord
{
    public int Year { get; set; }
    public BatchState State { get; set; }
    public int TotalPlaces { get; set; }
    public int TrainingMonths { get; set; }
    public DateOnly ReportInDeadline { get; set; }
    public DateTimeOffset ReportInClosesUtc { get; set; }

    /// <summary>The local dates of the report-in reminders, as a JSON array of ISO dates.</summary>
    public required string ReminderDatesJson { get; set; }
    public DateOnly TrainingStart { get; set; }
    public DateOnly TrainingEnd { get; set; }
    public DateOnly SummaryDue { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
    public int Revision { get; set; }
}
