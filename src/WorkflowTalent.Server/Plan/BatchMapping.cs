using System.Text.Json;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan.Batches;

namespace WorkflowTalent.Server.Plan;

/// <summary>Between the stored batch, the plan's <see cref="Batch"/> and the wire.</summary>
internal static class BatchMapping
{
    public static BatchRecord ToRecord(Batch batch, string by, DateTimeOffset now) => new()
    {
        Year = batch.Year,
        State = batch.State,
        TotalPlaces = batch.TotalPlaces,
        TrainingMonths = batch.TrainingMonths,
        ReportInDeadline = batch.ReportInDeadline,
        ReportInClosesUtc = batch.ReportInClosesUtc,
        ReminderDatesJson = JsonSerializer.Serialize(batch.ReportInReminderDates),
        TrainingStart = batch.TrainingStart,
        TrainingEnd = batch.TrainingEnd,
        SummaryDue = batch.SummaryDue,
        CreatedAt = now,
        CreatedBy = by,
        UpdatedAt = now,
        UpdatedBy = by,
    };

    public static Batch ToBatch(BatchRecord record) => new(
        record.Year,
        record.TotalPlaces,
        record.TrainingMonths,
        record.ReportInDeadline,
        record.ReportInClosesUtc,
        ReminderDates(record),
        record.TrainingStart,
        record.TrainingEnd,
        record.SummaryDue,
        record.State);

    public static BatchView ToView(BatchRecord record) => new(
        record.Year,
        record.State.ToString(),
        record.State.NameZh(),
        record.TotalPlaces,
        record.TrainingMonths,
        record.ReportInDeadline,
        record.ReportInClosesUtc,
        ReminderDates(record),
        record.TrainingStart,
        record.TrainingEnd,
        record.SummaryDue,
        [.. BatchLifecycle.NextStates(record.State).Select(s => s.ToString())],
        record.CreatedAt,
        record.CreatedBy,
        record.UpdatedAt,
        record.UpdatedBy);

    private static List<DateOnly> ReminderDates(BatchRecord record) => JsonSerializer.Deserialize<List<DateOnly>>(record.ReminderDatesJson) ?? [];
}
