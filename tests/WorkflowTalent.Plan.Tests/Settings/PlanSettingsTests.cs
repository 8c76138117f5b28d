using WorkflowTalent.Plan.Eligibility;
using WorkflowTalent.Plan.Quotas;
using WorkflowTalent.Plan.Settings;

namespace WorkflowTalent.Plan.Tests.Settings;

public sealed class PlanSettingsTests
{
    [Fact]
    public void Default_HasTheRulesFigures_R3_1_R3_3_R5_1_R11_1_R12_1()
    {
        var s = PlanSettings.Default;

        Assert.Equal(100, s.TotalPlaces);
        Assert.Equal(6, s.TrainingMonths);
        Assert.Equal((8, 30), (s.ReportInDeadlineMonth, s.ReportInDeadlineDay));
        Assert.Equal("Asia/Shanghai", s.TimeZoneId);
        Assert.Equal(new DateOnly(2019, 7, 1), s.EffectiveDate);
        Assert.Equal([7, 1], s.ReminderLeadDays);
        Assert.Equal(30, s.SummaryDueDaysBeforeEnd);
        Assert.Equal(3, s.ApproverEscalationWorkingDays);
        Assert.Equal(EducationLevel.JuniorCollege, s.MinimumEducation);
        Assert.Equal((35, 40), (s.AgeLimit, s.RelaxedAgeLimit));
        Assert.Equal(10_000m, s.FundingPerTraineeYuan);
        Assert.Equal(500m, s.TownshipSubsidyYuan);
        Assert.Equal((0.10m, 0.10m, 1m), (s.Quota.EthnicTiltShare, s.Quota.RemoteTiltShare, s.Quota.PlacesPerCancelledTrainee));
    }

    [Fact]
    public void Validate_ReturnsNothing_ForDefaults()
    {
        Assert.Empty(PlanSettings.Default.Validate());
    }

    [Fact]
    public void Validate_ReturnsEveryProblemWithItsSetting_R3_1_R3_4_R15_2()
    {
        var settings = PlanSettings.Default with
        {
            TotalPlaces = -5,
            RelaxedAgeLimit = 30,
            ReportInDeadlineMonth = 2,
            ReportInDeadlineDay = 29,
            Quota = new QuotaWeights
            {
                EthnicTiltShare = 1.2m,
                PlacesPerCancelledTrainee = -1m,
                BaseWeights = new Dictionary<string, decimal> { ["通海县"] = -2m },
            },
        };

        var problems = settings.Validate();

        Assert.Equal(
            [
                "TotalPlaces", "ReportInDeadlineMonth/ReportInDeadlineDay", "RelaxedAgeLimit", "Quota.EthnicTiltShare",
                "Quota.EthnicTiltShare+RemoteTiltShare", "Quota.PlacesPerCancelledTrainee", "Quota.BaseWeights[通海县]",
            ],
            problems.Select(p => p.Setting));
        Assert.Equal("R3.1", problems[0].RuleId);
        Assert.Equal("设置 TotalPlaces = -5：名额须在 1 至 100 之间（R3.1）", problems[0].Message.ZhCn);
        Assert.Equal("Setting TotalPlaces = -5: places must be between 1 and 100 (R3.1)", problems[0].Message.En);
        Assert.Equal("R15.2", problems[5].RuleId);
        Assert.Equal("设置 Quota.BaseWeights[通海县] = -2：基础权重不能为负数（R3.4）", problems[6].Message.ZhCn);
    }

    [Fact]
    public void Validate_RefusesUnknownTimeZoneAndBadReminders_R6_5()
    {
        var problems = (PlanSettings.Default with { TimeZoneId = "Mars/Olympus", ReminderLeadDays = [7, 7, 0] }).Validate();

        Assert.Equal(["TimeZoneId", "ReminderLeadDays"], problems.Select(p => p.Setting));
        Assert.All(problems, p => Assert.Equal("R6.5", p.RuleId));
    }

    [Fact]
    public void Validate_RefusesSummaryDueOutsideTraining_R14_1()
    {
        var problems = (PlanSettings.Default with { SummaryDueDaysBeforeEnd = 200, ApproverEscalationWorkingDays = 0 }).Validate();

        Assert.Equal(["R14.1", "R15.1"], problems.Select(p => p.RuleId));
    }
}
