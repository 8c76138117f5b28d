using WorkflowTalent.Plan.Settings;

namespace WorkflowTalent.Plan.Batches;

/// <summary>
/// One year's intake (R3.1). Dates are Yuxi local dates; <see cref="ReportInClosesUtc"/> is the instant the report-in
/// deadline ends (R6.5: "by 30 August" is before 31 August 00:00 local). Training starts on the first day of the month
/// after the deadline and lasts the configured months (R3.3, R7.1); the summary falls due before the end (R14.1).
/// </summary>
public sealed record Batch(
    int Year,
    int TotalPlaces,
    int TrainingMonths,
    DateOnly ReportInDeadline,
    DateTimeOffset ReportInClosesUtc,
    IReadOnlyList<DateOnly> ReportInReminderDates,
    DateOnly TrainingStart,
    DateOnly TrainingEnd,
    DateOnly SummaryDue,
    BatchState State)
{
    public static PlanResult<Batch> Create(int year, PlanSettings settings, TimeZoneInfo zone)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9000);
        var problems = settings.Validate();
        if (problems.Count > 0)
        {
            return new PlanResult<Batch>(problems);
        }

        // R17.1: the rules govern batches from their effective date on; a batch whose deadline falls before it is refused.
        if (year < settings.EffectiveDate.Year
            || new DateOnly(year, settings.ReportInDeadlineMonth, settings.ReportInDeadlineDay) < settings.EffectiveDate)
        {
            return new PlanResult<Batch>(new Refusal(
                "R17.1",
                new BilingualText(
                    $"{year} 年早于本细则施行日期 {settings.EffectiveDate:yyyy-MM-dd}，不能建立批次（R17.1）",
                    $"{year} is before the rules took effect on {settings.EffectiveDate:yyyy-MM-dd}; no batch can be created (R17.1)"),
                $"{nameof(PlanSettings.EffectiveDate)} = {settings.EffectiveDate:yyyy-MM-dd}"));
        }

        var deadline = new DateOnly(year, settings.ReportInDeadlineMonth, settings.ReportInDeadlineDay);
        var start = new DateOnly(deadline.Year, deadline.Month, 1).AddMonths(1);
        var end = start.AddMonths(settings.TrainingMonths).AddDays(-1);
        return new PlanResult<Batch>(new Batch(
            year,
            settings.TotalPlaces,
            settings.TrainingMonths,
            deadline,
            EndOfLocalDay(deadline, zone),
            [.. settings.ReminderLeadDays.OrderDescending().Select(d => deadline.AddDays(-d))],
            start,
            end,
            end.AddDays(-settings.SummaryDueDaysBeforeEnd),
            BatchState.Planning));
    }

    /// <summary>The instant a local date ends in <paramref name="zone"/>, i.e. the next day's local midnight, in UTC.</summary>
    public static DateTimeOffset EndOfLocalDay(DateOnly date, TimeZoneInfo zone)
    {
        var nextMidnight = date.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(nextMidnight, zone), TimeSpan.Zero);
    }

    /// <summary>R6.5: whether an instant still counts as reporting in on time.</summary>
    public bool IsOnTimeForReportIn(DateTimeOffset instant) => instant < ReportInClosesUtc;
}
