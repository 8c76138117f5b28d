namespace WorkflowTalent.Server.Plan;

/// <summary>
/// A batch as officials read it (R3.1): local Yuxi dates, the instant report-in closes in UTC (R6.5), and the
/// states it may move to next.
/// </summary>
public sealed record BatchView(
    int Year,
    string State,
    string StateZh,
    int TotalPlaces,
    int TrainingMonths,
    DateOnly ReportInDeadline,
    DateTimeOffset ReportInClosesUtc,
    IReadOnlyList<DateOnly> ReportInReminderDates,
    DateOnly TrainingStart,
    DateOnly TrainingEnd,
    DateOnly SummaryDue,
    IReadOnlyList<string> NextStates,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy);
