using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Benchmarks.Plan;

/// <summary>
/// A whole batch's year (issue 5): every trainee through <c>workflows/talent-year.json</c> — selection with all five
/// approvals (R6.1–R6.4), report-in with the receiving unit setting the time and confirming the arrival (R6.5), training
/// with plan, summary, approval and grade, the four copies, the follow-up plan for 优秀, the six-month end timer and the
/// research results (R8.1, R14.1–R14.4, R7.1, R13.1) — plus a leave of 5 days (over 3, R15.1) for every tenth trainee,
/// an extension (R16.2) for two and a discipline case (R15.2) for one, whose place is cancelled and year ends there.
/// The batch moves in step on one virtual clock; every task is completed within its 3-day approval time, so no
/// approval reminder is sent.
/// </summary>
internal static class BatchYear
{
    public const string Year = "talent-year";
    public const string Selection = "talent-selection";
    public const string ReportIn = "talent-report-in";
    public const string Training = "talent-training";
    public const string Leave = "talent-leave";
    public const string Discipline = "talent-discipline";
    public const string Extension = "talent-extension";

    /// <summary>Every definition the batch runs, as the service's importer publishes them.</summary>
    public static readonly string[] Definitions = [Year, Selection, ReportIn, Training, Leave, Discipline, Extension];

    public static readonly DateTimeOffset Opens = At("2026-06-01T09:00");

    public static bool TakesLeave(BatchTrainee trainee) => trainee.Number % 10 == 1;

    public static bool Extends(BatchTrainee trainee) => trainee.Number is 2 or 12;

    public static bool Disciplined(BatchTrainee trainee) => trainee.Number == 4;

    /// <summary>Runs the batch; returns each trainee's talent-year instance id, in trainee order.</summary>
    public static IReadOnlyList<string> Run(IBatchSteps steps, IReadOnlyList<BatchTrainee> trainees)
    {
        var years = trainees.Select(t => steps.Start(Year, t.YearInput(), t.Correlation)).ToList();
        var active = trainees.Zip(years).ToList();

        // R6.1–R6.4: the original unit, the county, the municipal review, the placement and the final approval, on the first day.
        foreach (var (t, year) in active)
        {
            var selection = steps.ChildOf(year, Selection);
            steps.Complete(selection, "recommend", By("OriginalUnit", t.OriginalUnit, "Recommend",
                new JsonObject { ["conduct"] = true, ["backbone"] = true, ["potential"] = true, ["health"] = true, ["comment"] = "同意推荐" }));
            steps.Complete(selection, "countyReview", By("CountyOrganization", t.County, "Recommend",
                new JsonObject { ["applicationForm"] = $"files/{t.Id}-application.pdf", ["summaryTable"] = "files/2026-summary.xlsx" }));
            steps.Complete(selection, "municipalReview", By("MunicipalOrganization", null, "Pass", new JsonObject { ["comment"] = "资格符合" }));
            steps.Complete(selection, "placement", By("CompetentDepartment", t.Department, "Place", new JsonObject
            {
                ["receivingUnit"] = t.ReceivingUnit, ["receivingUnitEmail"] = t.UnitEmail, ["unitDepartment"] = "业务科室",
                ["mentor"] = $"导师{t.Id}", ["researchTopic"] = $"{t.Field}课题{t.Id}",
            }));
            steps.Complete(selection, "finalApproval", By("MunicipalOrganization", null, "Approve", new JsonObject { ["comment"] = "同意" }));
        }

        // R6.5: the county's mobilisation meeting and the report-in time; reminders 7 and 1 days before; arrival on the day.
        steps.AdvanceTo(At("2026-07-01T09:00"));
        foreach (var (t, year) in active)
        {
            var reportIn = steps.ChildOf(year, ReportIn);
            steps.Complete(reportIn, "mobilisation", By("CountyOrganization", t.County, "Held", new JsonObject { ["meetingDate"] = "2026-07-01" }));
            steps.Complete(reportIn, "setReportIn", By("ReceivingUnit", t.ReceivingUnit, "Set",
                new JsonObject { ["reportInTime"] = "2026-08-24T09:00:00+08:00", ["reportInPlace"] = $"{t.ReceivingUnit}人事科" }));
        }

        steps.AdvanceTo(At("2026-08-24T10:00"));
        foreach (var (t, year) in active)
        {
            steps.Complete(steps.ChildOf(year, ReportIn), "confirmArrival", By("ReceivingUnit", t.ReceivingUnit, "Arrived",
                new JsonObject { ["arrivedAt"] = "2026-08-24", ["partyLetterReceived"] = t.PartyMember }));
        }

        // R8.1: the receiving unit's training plan.
        steps.AdvanceTo(At("2026-08-25T09:00"));
        foreach (var (t, year) in active)
        {
            steps.Complete(steps.ChildOf(year, Training), "trainingPlan", By("ReceivingUnit", t.ReceivingUnit, "Submit",
                new JsonObject { ["goals"] = "掌握本专业前沿技术", ["plan"] = "跟岗实践、参加科研", ["rotation"] = "两个岗位各三个月" }));
        }

        // R15.1: leave of 5 days, asked for on 8 October, approved the next day by the county and the unit's HR office.
        steps.AdvanceTo(At("2026-10-08T09:00"));
        var leaves = active.Where(a => TakesLeave(a.First))
            .Select(a => (a.First, Id: steps.Start(Leave, a.First.CaseInput(("startDate", "2026-10-12"), ("endDate", "2026-10-16"), ("reason", "家中老人住院需陪护")), a.First.Correlation)))
            .ToList();
        steps.AdvanceTo(At("2026-10-09T09:00"));
        foreach (var (t, leave) in leaves)
        {
            steps.Complete(leave, "county", By("CountyOrganization", t.County, "Approve", new JsonObject { ["comment"] = "同意" }));
            steps.Complete(leave, "unitHr", By("ReceivingUnitHr", t.ReceivingUnit, "Approve", new JsonObject { ["comment"] = "同意" }));
        }

        // R15.2: the receiving unit proposes, the competent department consents the next day; the place is cancelled,
        // and with it the trainee's year (its training child too).
        steps.AdvanceTo(At("2026-11-02T09:00"));
        foreach (var (t, year) in active.Where(a => Disciplined(a.First)).ToList())
        {
            var discipline = steps.Start(Discipline, t.CaseInput(("reason", "多次无故缺勤")), t.Correlation);
            steps.Complete(discipline, "propose", By("ReceivingUnit", t.ReceivingUnit, "Propose", new JsonObject { ["reason"] = "无故缺勤累计12天" }));
            steps.AdvanceTo(At("2026-11-03T09:00"));
            steps.Complete(discipline, "consentTask", By("CompetentDepartment", t.Department, "Consent", new JsonObject { ["comment"] = "同意取消" }));
            steps.Cancel(year, "R15.2 研修资格已取消 The place was cancelled");
            active.Remove((t, year));
        }

        // R16.2: the county and the receiving unit consent to an extension.
        steps.AdvanceTo(At("2027-01-05T09:00"));
        var extensions = active.Where(a => Extends(a.First))
            .Select(a => (a.First, Id: steps.Start(Extension, a.First.CaseInput(("reason", "课题实验周期未完成")), a.First.Correlation)))
            .ToList();
        steps.AdvanceTo(At("2027-01-06T09:00"));
        foreach (var (t, extension) in extensions)
        {
            steps.Complete(extension, "countyConsent", By("CountyOrganization", t.County, "Consent", new JsonObject { ["comment"] = "同意" }));
            steps.Complete(extension, "unitConsent", By("ReceivingUnit", t.ReceivingUnit, "Consent", new JsonObject { ["comment"] = "同意" }));
        }

        // R14.1–R14.4: the summary before its reminders, approval and grade the next day, the county's follow-up plan for 优秀.
        steps.AdvanceTo(At("2027-01-20T10:00"));
        foreach (var (t, year) in active)
        {
            steps.Complete(steps.ChildOf(year, Training), "summaryTask", By("Trainee", t.UserName, "Submit",
                new JsonObject { ["summary"] = "六个月研修总结", ["registrationForm"] = $"files/{t.Id}-registration.pdf" }));
        }

        steps.AdvanceTo(At("2027-01-21T10:00"));
        foreach (var (t, year) in active)
        {
            var training = steps.ChildOf(year, Training);
            steps.Complete(training, "reviewSummary", By("ReceivingUnit", t.ReceivingUnit, "Approve", new JsonObject { ["comment"] = "同意" }));
            steps.Complete(training, "gradeTask", By("ReceivingUnit", t.ReceivingUnit, "Grade", new JsonObject { ["grade"] = t.Grade, ["appraisal"] = "研修认真" }));
        }

        steps.AdvanceTo(At("2027-01-22T10:00"));
        foreach (var (t, year) in active.Where(a => a.First.Grade == "优秀"))
            steps.Complete(steps.ChildOf(year, Training), "followUpPlan", By("CountyOrganization", t.County, "Submit", new JsonObject { ["plan"] = "列为后备人才，每年复训" }));

        // R7.1, R13.1, R16.1: the six months end on 1 March; the research results are recorded that morning.
        steps.AdvanceTo(At("2027-03-01T09:00"));
        foreach (var (t, year) in active)
        {
            steps.Complete(steps.ChildOf(year, Training), "recordResearch", By("ReceivingUnit", t.ReceivingUnit, "Record",
                new JsonObject { ["researchResults"] = "发表论文1篇", ["intellectualProperty"] = "按贡献署名" }));
        }

        return years;
    }

    private static ResumeSignal.TaskCompletion By(string role, string? scope, string outcome, JsonObject data) =>
        new(outcome, data, (string?)data["comment"], new Actor(role, scope, "benchmark"));

    private static DateTimeOffset At(string shanghai) =>
        DateTimeOffset.Parse(shanghai + ":00+08:00", CultureInfo.InvariantCulture);
}
