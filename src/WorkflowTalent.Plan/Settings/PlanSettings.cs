using WorkflowTalent.Plan.Eligibility;
using WorkflowTalent.Plan.Quotas;

namespace WorkflowTalent.Plan.Settings;

/// <summary>
/// Every fact the rules leave open (rules.md, "Facts the text leaves open"), with its default and the requirement it
/// serves. Administrators edit these; <see cref="Validate"/> tells them everything that is wrong at once.
/// </summary>
public sealed record PlanSettings
{
    public static readonly PlanSettings Default = new();

    /// <summary>R3.1: up to 100 trainees a year.</summary>
    public int TotalPlaces { get; init; } = 100;

    /// <summary>R3.3, R7.1: six months of full-time training.</summary>
    public int TrainingMonths { get; init; } = 6;

    /// <summary>R6.5: report in by 30 August, i.e. before 31 August 00:00 in <see cref="TimeZoneId"/>.</summary>
    public int ReportInDeadlineMonth { get; init; } = 8;

    /// <summary>R6.5: the deadline's day of month, inclusive.</summary>
    public int ReportInDeadlineDay { get; init; } = 30;

    /// <summary>Dates of the plan are Yuxi's local dates; the machine's own zone is never used.</summary>
    public string TimeZoneId { get; init; } = "Asia/Shanghai";

    /// <summary>R17.1: the rules take effect on issue, 2019-07-01.</summary>
    public DateOnly EffectiveDate { get; init; } = new(2019, 7, 1);

    /// <summary>R6.5, R14.1: reminders go out this many days before a deadline.</summary>
    public IReadOnlyList<int> ReminderLeadDays { get; init; } = [7, 1];

    /// <summary>R14.1: the written summary is due this many days before training ends.</summary>
    public int SummaryDueDaysBeforeEnd { get; init; } = 30;

    /// <summary>R15.1: an approver who has not decided within this many working days is escalated.</summary>
    public int ApproverEscalationWorkingDays { get; init; } = 3;

    /// <summary>R5.1: college diploma (大专) or higher.</summary>
    public EducationLevel MinimumEducation { get; init; } = EducationLevel.JuniorCollege;

    /// <summary>R5.1: "about 35 years old"; a candidate older than this on the report-in deadline is refused.</summary>
    public int AgeLimit { get; init; } = 35;

    /// <summary>
    /// R5.1: the relaxed limit for ethnic-minority candidates and candidates from remote townships. The text says only
    /// "relaxed"; five years is the step Yunnan's grassroots talent and cadre-selection notices customarily use
    /// (35 → 40), so it is the default until the Organisation Department fixes another figure.
    /// </summary>
    public int RelaxedAgeLimit { get; init; } = 40;

    /// <summary>R11.1: 10,000 yuan per trainee, paid to the receiving unit.</summary>
    public decimal FundingPerTraineeYuan { get; init; } = 10_000m;

    /// <summary>R12.1: the township subsidy the original unit keeps paying.</summary>
    public decimal TownshipSubsidyYuan { get; init; } = 500m;

    /// <summary>R3.4, R15.2: how the places are split among counties.</summary>
    public QuotaWeights Quota { get; init; } = new();

    public IReadOnlyList<Refusal> Validate()
    {
        var problems = new List<Refusal>();

        void Require(bool ok, string ruleId, string setting, object? value, string zh, string en)
        {
            if (!ok)
            {
                problems.Add(new Refusal(ruleId, new BilingualText($"设置 {setting} = {value}：{zh}", $"Setting {setting} = {value}: {en}"), setting));
            }
        }

        Require(TotalPlaces is >= 1 and <= 100, "R3.1", nameof(TotalPlaces), TotalPlaces,
            "名额须在 1 至 100 之间（R3.1）", "places must be between 1 and 100 (R3.1)");
        Require(TrainingMonths >= 1, "R3.3", nameof(TrainingMonths), TrainingMonths,
            "研修月数须至少为 1（R3.3）", "training must last at least one month (R3.3)");

        // 2019 is not a leap year: a 29 February deadline would not exist every year.
        Require(ReportInDeadlineMonth is >= 1 and <= 12 && ReportInDeadlineDay >= 1
                && ReportInDeadlineDay <= DateTime.DaysInMonth(2019, Math.Clamp(ReportInDeadlineMonth, 1, 12)),
            "R6.5", $"{nameof(ReportInDeadlineMonth)}/{nameof(ReportInDeadlineDay)}", $"{ReportInDeadlineMonth}/{ReportInDeadlineDay}",
            "报到截止日期须为每年都存在的日期（R6.5）", "the report-in deadline must be a date that exists every year (R6.5)");
        Require(IsKnownTimeZone(TimeZoneId), "R6.5", nameof(TimeZoneId), TimeZoneId,
            "时区无法识别（R6.5）", "the time zone is not known (R6.5)");
        Require(ReminderLeadDays.Count > 0 && ReminderLeadDays.All(d => d >= 1) && ReminderLeadDays.Distinct().Count() == ReminderLeadDays.Count,
            "R6.5", nameof(ReminderLeadDays), string.Join(",", ReminderLeadDays),
            "提醒提前天数须为互不相同的正整数（R6.5）", "reminder lead times must be distinct positive numbers of days (R6.5)");

        // R14.1: the summary must fall due inside the training; 28 days is the shortest month.
        Require(SummaryDueDaysBeforeEnd >= 0 && SummaryDueDaysBeforeEnd < TrainingMonths * 28, "R14.1", nameof(SummaryDueDaysBeforeEnd), SummaryDueDaysBeforeEnd,
            "总结提交日须在研修期内（R14.1）", "the summary must fall due within the training (R14.1)");
        Require(ApproverEscalationWorkingDays >= 1, "R15.1", nameof(ApproverEscalationWorkingDays), ApproverEscalationWorkingDays,
            "审批时限须至少 1 个工作日（R15.1）", "approvers need at least one working day (R15.1)");
        Require(Enum.IsDefined(MinimumEducation), "R5.1", nameof(MinimumEducation), MinimumEducation,
            "学历要求无法识别（R5.1）", "the minimum education is not a known level (R5.1)");
        Require(AgeLimit is >= 18 and <= 65, "R5.1", nameof(AgeLimit), AgeLimit,
            "年龄上限须在 18 至 65 岁之间（R5.1）", "the age limit must be between 18 and 65 (R5.1)");
        Require(RelaxedAgeLimit >= AgeLimit && RelaxedAgeLimit <= 65, "R5.1", nameof(RelaxedAgeLimit), RelaxedAgeLimit,
            "放宽后的年龄上限须不低于一般上限且不超过 65 岁（R5.1）", "the relaxed age limit must be at least the age limit and at most 65 (R5.1)");
        Require(FundingPerTraineeYuan > 0, "R11.1", nameof(FundingPerTraineeYuan), FundingPerTraineeYuan,
            "每人研修经费须大于 0（R11.1）", "funding per trainee must be positive (R11.1)");
        Require(TownshipSubsidyYuan >= 0, "R12.1", nameof(TownshipSubsidyYuan), TownshipSubsidyYuan,
            "乡镇工作补贴不能为负数（R12.1）", "the township subsidy cannot be negative (R12.1)");

        const string Q = nameof(Quota) + ".";
        Require(Quota.EthnicTiltShare is >= 0 and <= 1, "R3.4", Q + nameof(QuotaWeights.EthnicTiltShare), Quota.EthnicTiltShare,
            "民族倾斜比例须在 0 至 1 之间（R3.4）", "the ethnic tilt share must be between 0 and 1 (R3.4)");
        Require(Quota.RemoteTiltShare is >= 0 and <= 1, "R3.4", Q + nameof(QuotaWeights.RemoteTiltShare), Quota.RemoteTiltShare,
            "边远乡镇倾斜比例须在 0 至 1 之间（R3.4）", "the remote tilt share must be between 0 and 1 (R3.4)");
        Require(Quota.EthnicTiltShare + Quota.RemoteTiltShare <= 1, "R3.4",
            $"{Q}{nameof(QuotaWeights.EthnicTiltShare)}+{nameof(QuotaWeights.RemoteTiltShare)}", Quota.EthnicTiltShare + Quota.RemoteTiltShare,
            "两项倾斜比例之和不能超过 1（R3.4）", "the two tilt shares together cannot exceed 1 (R3.4)");
        Require(Quota.PlacesPerCancelledTrainee >= 0, "R15.2", Q + nameof(QuotaWeights.PlacesPerCancelledTrainee), Quota.PlacesPerCancelledTrainee,
            "每取消 1 人扣减的名额不能为负数（R15.2）", "the places taken per cancelled trainee cannot be negative (R15.2)");
        foreach (var (county, weight) in Quota.BaseWeights.Where(w => w.Value < 0))
        {
            Require(false, "R3.4", $"{Q}{nameof(QuotaWeights.BaseWeights)}[{county}]", weight,
                "基础权重不能为负数（R3.4）", "a base weight cannot be negative (R3.4)");
        }

        foreach (var (county, figure) in Quota.RemoteFigures.Where(w => w.Value < 0))
        {
            Require(false, "R3.4", $"{Q}{nameof(QuotaWeights.RemoteFigures)}[{county}]", figure,
                "边远乡镇数不能为负数（R3.4）", "a remote-township figure cannot be negative (R3.4)");
        }

        return problems;
    }

    private static bool IsKnownTimeZone(string id)
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }
}
