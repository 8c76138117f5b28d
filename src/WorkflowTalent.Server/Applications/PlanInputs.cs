using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan.Batches;
using WorkflowTalent.Plan.Eligibility;
using WorkflowTalent.Plan.Settings;

namespace WorkflowTalent.Server.Applications;

/// <summary>
/// The input each plan definition declares (its variables), from an application, its parties and its batch. Dates
/// are Yuxi local: deadlines and ends as the local midnight that closes them, with the zone's offset.
/// </summary>
internal static class PlanInputs
{
    /// <summary>R6.1: talent-selection's input; talent-year takes the same plus the batch's dates.</summary>
    public static JsonObject Selection(Parties parties, ApplicationRecord application, string fieldZh, string requestedReceivingUnit, BatchRecord batch, PlanSettings settings) =>
        new()
        {
            ["traineeName"] = parties.TraineeName,
            ["traineeUser"] = parties.TraineeUser ?? "",
            ["traineeEmail"] = parties.TraineeEmail,
            ["birthDate"] = application.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["education"] = application.Education.NameZh(),
            ["title"] = application.Title ?? "",
            ["field"] = fieldZh,
            ["originalUnit"] = parties.OriginalUnit ?? "",
            ["originalUnitEmail"] = parties.OriginalUnitEmail,
            ["county"] = parties.County,
            ["countyEmail"] = parties.CountyEmail,
            ["township"] = parties.Township ?? "",
            ["ethnicity"] = application.Ethnicity,
            ["partyMember"] = application.IsPartyMember,
            ["requestedReceivingUnit"] = requestedReceivingUnit,
            ["competentDepartment"] = parties.CompetentDepartment,
            ["competentDepartmentEmail"] = parties.CompetentDepartmentEmail,
            ["municipalEmail"] = parties.MunicipalEmail,
            ["reportInDeadline"] = ReportInDeadline(batch, settings),
            ["trainingStart"] = TrainingStart(batch),
            ["trainingEnd"] = TrainingEnd(batch, settings),
        };

    /// <summary>R6.5, R10.2.</summary>
    public static JsonObject ReportIn(Parties parties, ApplicationRecord application, BatchRecord batch, PlanSettings settings) =>
        new()
        {
            ["traineeName"] = parties.TraineeName,
            ["traineeUser"] = parties.TraineeUser ?? "",
            ["traineeEmail"] = parties.TraineeEmail,
            ["county"] = parties.County,
            ["countyEmail"] = parties.CountyEmail,
            ["receivingUnit"] = parties.ReceivingUnit,
            ["unitEmail"] = parties.ReceivingUnitEmail,
            ["municipalEmail"] = parties.MunicipalEmail,
            ["partyMember"] = application.IsPartyMember,
            ["reportInDeadline"] = ReportInDeadline(batch, settings),
            ["firstReminderDays"] = settings.ReminderLeadDays.Max(),
            ["lastReminderDays"] = settings.ReminderLeadDays.Min(),
        };

    /// <summary>R7.1, R8.1, R14.1–R14.4, R16.1: the placement and the batch's training period.</summary>
    public static JsonObject Training(Parties parties, string? unitDepartment, string? mentor, string? researchTopic, BatchRecord batch, PlanSettings settings) =>
        new()
        {
            ["traineeName"] = parties.TraineeName,
            ["traineeUser"] = parties.TraineeUser,
            ["traineeEmail"] = parties.TraineeEmail,
            ["county"] = parties.County,
            ["countyEmail"] = parties.CountyEmail,
            ["originalUnit"] = parties.OriginalUnit ?? "",
            ["originalUnitEmail"] = parties.OriginalUnitEmail,
            ["receivingUnit"] = parties.ReceivingUnit,
            ["unitEmail"] = parties.ReceivingUnitEmail,
            ["unitDepartment"] = unitDepartment ?? "",
            ["mentor"] = mentor ?? "",
            ["researchTopic"] = researchTopic ?? "",
            ["municipalEmail"] = parties.MunicipalEmail,
            ["trainingStart"] = TrainingStart(batch),
            ["trainingEnd"] = TrainingEnd(batch, settings),
            ["summaryDueBefore"] = settings.SummaryDueDaysBeforeEnd,
            ["firstReminderDays"] = settings.ReminderLeadDays.Max(),
            ["lastReminderDays"] = settings.ReminderLeadDays.Min(),
        };

    /// <summary>R15.1: the definition counts the days and decides who approves.</summary>
    public static JsonObject Leave(Parties parties, DateOnly start, DateOnly end, string reason) =>
        new()
        {
            ["traineeName"] = parties.TraineeName,
            ["traineeEmail"] = parties.TraineeEmail,
            ["county"] = parties.County,
            ["countyEmail"] = parties.CountyEmail,
            ["receivingUnit"] = parties.ReceivingUnit,
            ["unitEmail"] = parties.ReceivingUnitEmail,
            ["unitHrEmail"] = parties.ReceivingUnitHrEmail,
            ["competentDepartment"] = parties.CompetentDepartment,
            ["competentDepartmentEmail"] = parties.CompetentDepartmentEmail,
            ["municipalEmail"] = parties.MunicipalEmail,
            ["startDate"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["endDate"] = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["reason"] = reason,
        };

    /// <summary>R15.2 (talent-discipline) and R16.2 (talent-extension) take the same parties and a reason.</summary>
    public static JsonObject WithReason(Parties parties, string reason) =>
        new()
        {
            ["traineeName"] = parties.TraineeName,
            ["traineeUser"] = parties.TraineeUser ?? "",
            ["traineeEmail"] = parties.TraineeEmail,
            ["county"] = parties.County,
            ["countyEmail"] = parties.CountyEmail,
            ["originalUnit"] = parties.OriginalUnit ?? "",
            ["originalUnitEmail"] = parties.OriginalUnitEmail,
            ["receivingUnit"] = parties.ReceivingUnit,
            ["unitEmail"] = parties.ReceivingUnitEmail,
            ["competentDepartment"] = parties.CompetentDepartment,
            ["competentDepartmentEmail"] = parties.CompetentDepartmentEmail,
            ["municipalEmail"] = parties.MunicipalEmail,
            ["reason"] = reason,
        };

    // R6.5: "by 30 August" ends at 31 August 00:00 local.
    private static string ReportInDeadline(BatchRecord batch, PlanSettings settings) => Local(batch.ReportInClosesUtc, settings);

    private static string TrainingStart(BatchRecord batch) => batch.TrainingStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // R3.3: the last day of training is inclusive; the definitions take the instant it ends.
    private static string TrainingEnd(BatchRecord batch, PlanSettings settings) =>
        Local(Batch.EndOfLocalDay(batch.TrainingEnd, Zone(settings)), settings);

    private static string Local(DateTimeOffset instant, PlanSettings settings)
    {
        var zone = Zone(settings);
        return instant.ToOffset(zone.GetUtcOffset(instant)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    private static TimeZoneInfo Zone(PlanSettings settings) => TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZoneId);
}
